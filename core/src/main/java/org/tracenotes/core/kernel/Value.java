package org.tracenotes.core.kernel;

/**
 * A value while a trace runs: a C integer (also bools and errnos), a pointer to a model object (the
 * page, its folio, its zone …), NULL, or a pointer to a variable ({@code &hugetlb}). Values are
 * immutable; a pointer to a variable shares the variable's one-element slot.
 */
public sealed interface Value {

    /** The result of a void function, and of anything that has no value. */
    Value VOID = new Int(0);
    Value TRUE = new Int(1);
    Value FALSE = new Int(0);
    Value NULL = new Null();

    /** A C integer. */
    record Int(long value) implements Value {
        // equals and hashCode written out (the same as a record's): a record's own are linked through
        // method handles the first time one is called, some 19 classes made on the command's thread
        @Override
        public boolean equals(Object o) {
            return o instanceof Int i && i.value == value;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(value);
        }

        /** {@code 1}, {@code -16 (-EBUSY)}: a negative value that is an errno also shows its name. */
        @Override
        public String toString() {
            String name = KernelConstants.describeReturn(value);
            return name.equals(Long.toString(value)) ? name : value + " (" + name + ")";
        }
    }

    /** A pointer to a model object; two are {@code ==} when they name the same object. */
    record Obj(ObjKind kind, String name) implements Value {
        @Override
        public boolean equals(Object o) {
            return o instanceof Obj b && b.kind == kind && java.util.Objects.equals(b.name, name);
        }

        @Override
        public int hashCode() {
            return 31 * java.util.Objects.hashCode(kind) + java.util.Objects.hashCode(name);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** The NULL pointer. */
    record Null() implements Value {
        @Override
        public boolean equals(Object o) {
            return o instanceof Null;
        }

        @Override
        public int hashCode() {
            return 0;
        }

        @Override
        public String toString() {
            return "NULL";
        }
    }

    /** {@code &name}: a pointer to a variable's slot. */
    record Ref(Value[] slot, String name) implements Value {
        @Override
        public boolean equals(Object o) {
            return o instanceof Ref r && r.slot == slot;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(slot);
        }

        @Override
        public String toString() {
            return "&" + name;
        }
    }

    /** What a model object is. */
    enum ObjKind { PAGE, FOLIO, ZONE, MAPPING, LIST, FUNCTION, SYMBOL }

    /** The raw page of the pfn being offlined (head and raw page share the model's one state). */
    Obj PAGE = new Obj(ObjKind.PAGE, "page");
    Obj FOLIO = new Obj(ObjKind.FOLIO, "folio");
    /** The page's folio after it changed under a lookup (a hugetlb demotion); {@link #FOLIO} is then the old one. */
    Obj NEW_FOLIO = new Obj(ObjKind.FOLIO, "folio'");
    Obj ZONE = new Obj(ObjKind.ZONE, "zone");
    Obj MAPPING = new Obj(ObjKind.MAPPING, "mapping");

    /** The pfn every run offlines. */
    long PFN = 0x1234;

    static Value of(boolean b) {
        return b ? TRUE : FALSE;
    }

    static Value of(long v) {
        return v == 0 ? FALSE : v == 1 ? TRUE : new Int(v);
    }

    /** C truth: non-zero integers and non-NULL pointers are true. */
    static boolean truthy(Value v) {
        if (v instanceof Int i) {
            return i.value() != 0;
        }
        return !(v instanceof Null);
    }

    /** The value as a C integer: pointers are 1 (non-NULL) or 0. */
    static long asLong(Value v) {
        return v instanceof Int i ? i.value() : truthy(v) ? 1 : 0;
    }

    /** C {@code ==}: integers by value, pointers by what they point to, NULL equal to 0. */
    static boolean same(Value a, Value b) {
        if (a instanceof Int x && b instanceof Int y) {
            return x.value() == y.value();
        }
        if (a instanceof Null && b instanceof Int || b instanceof Null && a instanceof Int) {
            return asLong(a) == asLong(b);
        }
        return a.equals(b);
    }
}
