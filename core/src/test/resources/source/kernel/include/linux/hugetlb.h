/* SPDX-License-Identifier: GPL-2.0 */
/* A test fixture for Tracenotes: an #ifdef with a real declaration in one arm and a stub in the other. */
#ifndef _LINUX_HUGETLB_H
#define _LINUX_HUGETLB_H

#ifdef CONFIG_HUGETLB_PAGE
int get_hwpoison_hugetlb_folio(struct folio *folio, bool *hugetlb, bool unpoison);
#else
static inline int get_hwpoison_hugetlb_folio(struct folio *folio, bool *hugetlb,
					     bool unpoison)
{
	return 0;
}
#endif

#endif
