package shop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A shopping cart: the fixture of JavaSourceIndexTest (overloads, a nested type, a lambda, an anonymous class,
 * switch, try, loops, static calls).
 */
public class Cart<T extends Item> {

    /** One line of the cart. */
    public static final class Line {
        private final Item item;
        private final int count;

        Line(Item item, int count) {
            this.item = item;
            this.count = count;
        }

        double total() {
            return Prices.round(item.price() * count);
        }
    }

    private final List<Line> lines = new ArrayList<>();
    private final Audit audit;

    public Cart(Audit audit) {
        this.audit = audit;
    }

    public void add(Item item) {
        add(item, 1);
    }

    public void add(Item item, int count) {
        if (count <= 0) {
            throw new IllegalArgumentException("count");
        } else if (item.free()) {
            audit.note("free " + item.sku());
        } else {
            lines.add(new Line(item, count));
        }
    }

    public int add(String sku, double... prices) {
        int added = 0;
        for (double p : prices) {
            add(new Item(sku, p));
            added++;
        }
        return added;
    }

    public T pick(T wanted) {
        return wanted;
    }

    public double total(String region) {
        double sum = 0;
        for (int i = 0; i < lines.size(); i++) {
            sum += lines.get(i).total();
        }
        int tries = 0;
        while (sum > 1000 && tries < 3) {
            sum = Prices.round(sum * 0.99);
            tries++;
        }
        double tax = Prices.tax(sum, region);
        return sum + tax;
    }

    public void sortAndLog() {
        lines.sort(new Comparator<Line>() {
            @Override
            public int compare(Line a, Line b) {
                return Double.compare(a.total(), b.total());
            }
        });
        lines.forEach(line -> audit.note(line.item.sku()));
    }

    public String checkout(String payment) {
        String receipt;
        try {
            switch (payment) {
                case "card":
                    receipt = audit.charge(total("EU"));
                    break;
                case "cash", "voucher":
                    receipt = "paid";
                    break;
                default:
                    return null;
            }
        } catch (IllegalStateException e) {
            audit.note(e.getMessage());
            receipt = "failed";
        } finally {
            audit.flush();
        }
        outer:
        do {
            for (Line line : lines) {
                if (line.count > 10) {
                    break outer;
                }
            }
        } while (audit.busy());
        return receipt;
    }
}
