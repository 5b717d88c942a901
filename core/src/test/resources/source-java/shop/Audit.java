package shop;

public interface Audit {

    void note(String message);

    String charge(double amount);

    void flush();

    default boolean busy() {
        return false;
    }
}
