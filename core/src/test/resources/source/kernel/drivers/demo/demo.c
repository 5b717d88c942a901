// SPDX-License-Identifier: GPL-2.0
/* A test fixture for Tracenotes: a driver-like file with ops calls, a switch, a loop macro and gotos. */
#include <linux/mm.h>

struct demo_ops {
	int (*start)(struct demo_dev *dev);
};

static int demo_setup_one(struct demo_dev *dev, int i)
{
	return dev->ops->start(dev);
}

static int
demo_probe(struct demo_dev *dev,
	   unsigned long mode)
{
	int err, i;
	struct demo_item *item;

	err = demo_alloc(dev);
	if (err)
		goto out;

	switch (mode) {
	case DEMO_FAST:
		err = demo_fast(dev);
		break;
	default:
		err = demo_slow(dev);
		break;
	}

	for (i = 0; i < dev->count; i++) {
		err = demo_setup_one(dev, i);
		if (err)
			goto out_free;
	}

	list_for_each_entry(item, &dev->items, node) {
		demo_item_init(item);
	}

	while (demo_pending(dev))
		demo_poll(dev);

#ifdef CONFIG_DEMO_DEBUG
	demo_debug_dump(dev);
#else
	demo_quiet(dev);
#endif
	return 0;

out_free:
	demo_free(dev);
out:
	return err;
}
