package shop.legacy;

import shop.Item;

/** An older cart with one add, so that a package-qualified name tells the two apart. */
public class Cart {

    private int size;

    public void add(Item item) {
        size = size + count(item);
    }

    private static int count(Item item) {
        return item == null ? 0 : 1;
    }
}
