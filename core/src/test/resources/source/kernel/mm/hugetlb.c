// SPDX-License-Identifier: GPL-2.0-only
/* A test fixture for Tracenotes: hugetlb helpers shaped like the soft-offline chain's. */
#include <linux/hugetlb.h>

int get_hwpoison_hugetlb_folio(struct folio *folio, bool *hugetlb, bool unpoison)
{
	int ret = 0;

	*hugetlb = false;
	spin_lock_irq(&hugetlb_lock);
	if (folio_test_hugetlb(folio)) {
		*hugetlb = true;
		if (folio_test_hugetlb_freed(folio))
			ret = 0;
		else if (folio_test_hugetlb_migratable(folio) || unpoison)
			ret = folio_try_get(folio);
		else
			ret = -EBUSY;
	}
	spin_unlock_irq(&hugetlb_lock);
	return ret;
}

int dissolve_free_huge_page(struct page *page)
{
	int rc = -EBUSY;
	struct folio *folio = page_folio(page);

retry:
	if (!folio_test_hugetlb(folio))
		return 0;

	spin_lock_irq(&hugetlb_lock);
	if (!folio_ref_count(folio)) {
		if (!folio_test_hugetlb_freed(folio)) {
			spin_unlock_irq(&hugetlb_lock);
			cond_resched();
			goto retry;
		}
		remove_hugetlb_folio(folio);
		rc = 0;
	}
	spin_unlock_irq(&hugetlb_lock);
	return rc;
}
