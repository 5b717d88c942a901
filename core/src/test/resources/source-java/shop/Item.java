package shop;

/** A thing a cart holds. */
public record Item(String sku, double price) {

    public boolean free() {
        return price == 0;
    }
}
