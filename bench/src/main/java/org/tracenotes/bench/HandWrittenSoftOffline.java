package org.tracenotes.bench;

import org.tracenotes.core.kernel.Environment;
import org.tracenotes.core.kernel.KernelConstants;
import org.tracenotes.core.kernel.PageFlag;
import org.tracenotes.core.kernel.PageModel;
import org.tracenotes.core.kernel.RefOwner;

/**
 * The kernel 6.6 soft-offline chain written by hand in plain Java over the same {@link PageModel}:
 * the baseline the interpreter is measured against. It follows the model's reference traces branch
 * for branch (locks, logging and pcp brackets, no-ops in the model, are left out).
 */
final class HandWrittenSoftOffline {

    private static final long EIO = KernelConstants.EIO;
    private static final long EBUSY = KernelConstants.EBUSY;

    private HandWrittenSoftOffline() {
    }

    static long softOfflinePage(PageModel m, long flags) {
        if (!m.state().pfnValid()) {
            return -KernelConstants.ENXIO;
        }
        if (!m.state().online()) {
            putRefPage(m, flags);
            return -EIO;
        }
        if (m.has(PageFlag.HWPOISON)) {
            putRefPage(m, flags);
            return 0;
        }
        boolean tryAgain = true;
        while (true) {
            long ret = getAnyPage(m, flags | KernelConstants.MF_SOFT_OFFLINE);
            if (m.filterRejects()) {
                if (ret > 0) {
                    m.put();
                }
                return -KernelConstants.EOPNOTSUPP;
            }
            if (ret > 0) {
                return softOfflineInUsePage(m);
            }
            if (ret == 0 && !pageHandlePoison(m, true, false)) {
                if (tryAgain) {
                    tryAgain = false;
                    flags &= ~KernelConstants.MF_COUNT_INCREASED;
                    continue;
                }
                return -EBUSY;
            }
            return ret;
        }
    }

    private static void putRefPage(PageModel m, long flags) {
        if ((flags & KernelConstants.MF_COUNT_INCREASED) != 0) {
            m.put();
        }
    }

    private static long getAnyPage(PageModel m, long flags) {
        int pass = 0;
        boolean countIncreased = (flags & KernelConstants.MF_COUNT_INCREASED) != 0;
        while (true) {
            long ret = 0;
            if (!countIncreased) {
                ret = getHwpoisonPage(m, flags);
                if (ret == 0) {
                    if (m.refcount() != 0) {
                        if (pass++ < 3) {
                            continue;
                        }
                        return -EBUSY;
                    } else if (!m.has(PageFlag.HUGETLB) && !m.has(PageFlag.BUDDY)) {
                        if (pass++ < 3) {
                            continue;
                        }
                        return -EIO;
                    }
                    return 0;
                } else if (ret == -EBUSY) {
                    if (pass++ < 3) {
                        continue;
                    }
                    return -EIO;
                }
            }
            if (m.has(PageFlag.HUGETLB) || handlable(m, flags)) {
                return 1;
            }
            if (pass++ < 3) {
                m.put();
                countIncreased = false;
                continue;
            }
            m.put();
            return -EIO;
        }
    }

    private static long getHwpoisonPage(PageModel m, long flags) {
        if (m.has(PageFlag.HUGETLB)) {
            if (m.has(PageFlag.HUGETLB_FREED)) {
                return 0;
            }
            if (m.has(PageFlag.HUGETLB_MIGRATABLE)) {
                return tryGet(m) ? 1 : 0;
            }
            return -EBUSY;
        }
        if (!handlable(m, flags)) {
            return -EBUSY;
        }
        return tryGet(m) ? 1 : 0;
    }

    private static boolean tryGet(PageModel m) {
        if (m.refcount() <= 0) {
            return false;
        }
        m.get(RefOwner.GET);
        return true;
    }

    private static boolean handlable(PageModel m, long flags) {
        if ((flags & KernelConstants.MF_SOFT_OFFLINE) != 0 && m.has(PageFlag.MOVABLE)) {
            return true;
        }
        return m.has(PageFlag.LRU) || m.has(PageFlag.BUDDY);
    }

    private static long softOfflineInUsePage(PageModel m) {
        boolean huge = m.has(PageFlag.HUGETLB);
        if (!huge && m.has(PageFlag.THP)) {
            if (m.split() != Environment.Outcome.OK) {
                m.put();
                return -EBUSY;
            }
            m.flag(PageFlag.THP, false);
        }
        if (!huge) {
            m.flag(PageFlag.WRITEBACK, false);
        }
        if (m.has(PageFlag.HWPOISON)) {
            m.put();
            return 0;
        }
        if (!huge && m.has(PageFlag.LRU) && !m.has(PageFlag.SWAPCACHE) && m.has(PageFlag.FILE) && !m.has(PageFlag.ANON)
                && !m.has(PageFlag.DIRTY) && !m.has(PageFlag.WRITEBACK) && !m.has(PageFlag.MAPPED)) {
            m.drop(RefOwner.MAPPING);
            m.flag(PageFlag.FILE, false);
            pageHandlePoison(m, false, true);
            return 0;
        }
        boolean isolated = isolate(m);
        m.put();
        if (!isolated) {
            return -EBUSY;
        }
        switch (m.migrate()) {
            case OK -> {
                m.drop(RefOwner.MAPPING);
                for (PageFlag f : new PageFlag[] {PageFlag.ANON, PageFlag.FILE, PageFlag.MAPPED, PageFlag.DIRTY,
                    PageFlag.SWAPCACHE, PageFlag.MOVABLE}) {
                    m.flag(f, false);
                }
                if (huge) {
                    putback(m);
                    if (m.refcount() == 0) {
                        m.flag(PageFlag.HUGETLB_FREED, true);
                    }
                } else {
                    m.flag(PageFlag.ISOLATED, false);
                }
                return pageHandlePoison(m, huge, !huge) ? 0 : -EBUSY;
            }
            case ENOMEM -> {
                putback(m);
                return -KernelConstants.ENOMEM;
            }
            default -> {
                putback(m);
                return -EBUSY;
            }
        }
    }

    private static boolean isolate(PageModel m) {
        if (m.isolate() != Environment.Outcome.OK || m.has(PageFlag.ISOLATED)) {
            return false;
        }
        if (m.has(PageFlag.HUGETLB)) {
            if (!m.has(PageFlag.HUGETLB_MIGRATABLE) || m.refcount() <= 0) {
                return false;
            }
            m.flag(PageFlag.HUGETLB_MIGRATABLE, false);
        } else if (m.has(PageFlag.MOVABLE)) {
            if (m.refcount() <= 0) {
                return false;
            }
        } else {
            if (!m.has(PageFlag.LRU)) {
                return false;
            }
            m.flag(PageFlag.LRU, false);
        }
        m.get(RefOwner.ISOLATION);
        m.flag(PageFlag.ISOLATED, true);
        return true;
    }

    private static void putback(PageModel m) {
        if (!m.has(PageFlag.ISOLATED)) {
            return;
        }
        m.flag(PageFlag.ISOLATED, false);
        if (m.has(PageFlag.HUGETLB)) {
            m.flag(PageFlag.HUGETLB_MIGRATABLE, true);
        } else if (!m.has(PageFlag.MOVABLE)) {
            m.flag(PageFlag.LRU, true);
        }
        m.put(RefOwner.ISOLATION);
    }

    private static boolean pageHandlePoison(PageModel m, boolean hugepageOrFreepage, boolean release) {
        if (hugepageOrFreepage) {
            long ret = 0;
            if (m.has(PageFlag.HUGETLB)) {
                if (m.refcount() > 0) {
                    ret = -EBUSY;
                } else if (m.dissolve() == Environment.Outcome.EBUSY) {
                    ret = -EBUSY;
                } else if (m.dissolve() == Environment.Outcome.ENOMEM) {
                    ret = -KernelConstants.ENOMEM;
                } else {
                    m.flag(PageFlag.HUGETLB, false);
                    m.flag(PageFlag.HUGETLB_FREED, false);
                    m.flag(PageFlag.HUGETLB_MIGRATABLE, false);
                    m.flag(PageFlag.BUDDY, true);
                }
            }
            if (ret == 0) {
                if (m.has(PageFlag.BUDDY) && m.takeOff() == Environment.Outcome.OK) {
                    m.flag(PageFlag.BUDDY, false);
                    m.flag(PageFlag.TAKEN_OFF, true);
                    ret = 1;
                }
            }
            if (ret <= 0) {
                return false;
            }
        }
        m.flag(PageFlag.HWPOISON, true);
        if (release) {
            m.put();
        }
        m.get(RefOwner.POISON_PIN);
        m.set(m.state().withPoisonedPages(m.state().poisonedPages() + 1));
        return true;
    }
}
