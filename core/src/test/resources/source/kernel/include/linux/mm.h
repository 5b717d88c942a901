/* SPDX-License-Identifier: GPL-2.0 */
/* A test fixture for Tracenotes: macros called like functions, and static inlines. */
#ifndef _LINUX_MM_H
#define _LINUX_MM_H

#define page_folio(p)		((struct folio *)compound_head(p))

#define list_for_each_entry_safe(pos, n, head, member)			\
	for (pos = list_first_entry(head, typeof(*pos), member),	\
	     n = list_next_entry(pos, member);				\
	     &pos->member != (head);					\
	     pos = n, n = list_next_entry(n, member))

static inline void folio_put(struct folio *folio)
{
	if (folio_put_testzero(folio))
		__folio_put(folio);
}

static inline void put_page(struct page *page)
{
	struct folio *folio = page_folio(page);

	folio_put(folio);
}

#endif
