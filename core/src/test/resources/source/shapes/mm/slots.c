// SPDX-License-Identifier: GPL-2.0
/*
 * Shapes that real kernel files have and the example tree did not: written for the tests of the C
 * source index, not taken from any kernel file.
 */
#include <linux/list.h>
#include "internal.h"

/* An annotation between the parameters and the body; a loop macro right after a label. */
static int refill_slots(struct slot_pool *pool, int wanted)
	__must_hold(&pool->lock)
{
	LIST_HEAD(fresh);
	int n = 0;
	struct slot *s = NULL, *t = NULL;

	VM_BUG_ON(wanted < 0);

	while (pool->count < wanted) {
		spin_unlock(&pool->lock);
		s = kmalloc(sizeof(*s), GFP_KERNEL);
		if (!s)
			goto out_of_memory;
		list_add(&s->link, &fresh);
		spin_lock(&pool->lock);
		n++;
	}
	list_splice(&fresh, &pool->free);
	return n;

out_of_memory:
	list_for_each_entry_safe(s, t, &fresh, link) {
		list_del(&s->link);
		kfree(s);
	}
	return -ENOMEM;
}

/* A weak default, its attribute spelled `__attribute` before the name. */
bool __init __attribute((weak)) arch_slot_size_ok(unsigned long size)
{
	return size == SLOT_SIZE;
}

/* A check macro on a parameter right after the declarations: a call, not a declaration. */
static void drop_slots(struct slot_pool *pool, long count)
{
	DEFINE_WAIT(wait);
	long left;

	WARN_ON(count);
	left = pool->count - count;
	pool_set_count(pool, left);
}

/* Calls a loop keeps out of its braces: a loop macro without braces, a for loop's update, a loop macro's argument. */
static unsigned long count_slots(struct slot_pool *pool)
{
	struct slot *s;
	unsigned long total = 0;
	int i;

	for_each_slot_pool(pool)
		total += slot_weight(pool);
	for (i = 0; i < pool_width(pool); i += pool_stride(pool))
		touch_slot(pool, i);
	list_for_each_entry(s, pool_list(pool), link) {
		total++;
	}
	return total;
}

/* A loop macro of one argument without braces around a call of several arguments. */
static void show_slots(struct slot_pool *pool, int nid)
{
	if (!pool)
		return;

	for_each_slot_pool(pool)
		pr_slot("pool %d of node %d: %u free\n",
			pool->id, nid, pool->free);
}
