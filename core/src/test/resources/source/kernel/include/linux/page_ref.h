/* SPDX-License-Identifier: GPL-2.0 */
/* A test fixture for Tracenotes: reference-count helpers as static inlines in a header. */
#ifndef _LINUX_PAGE_REF_H
#define _LINUX_PAGE_REF_H

static inline int folio_ref_count(const struct folio *folio)
{
	return atomic_read(&folio->_refcount);
}

static inline bool folio_ref_try_add_rcu(struct folio *folio, int count)
{
	if (unlikely(!atomic_add_unless(&folio->_refcount, count, 0)))
		return false;
	return true;
}

static inline bool folio_try_get(struct folio *folio)
{
	return folio_ref_try_add_rcu(folio, 1);
}

#endif
