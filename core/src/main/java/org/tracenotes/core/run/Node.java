package org.tracenotes.core.run;

import org.tracenotes.core.kernel.Value;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.Step;

/**
 * An expression compiled once per program ({@link ExprCompiler}): its kind and operator as small
 * ints, its operands, and what can be worked out before any run — a literal's value, a kernel
 * constant, whether a name is a function, a call's target. Each kind is a class of its own that
 * evaluates itself ({@link ExprNodes}); the kind stays as an int for the code that asks what a node is
 * (an assignment's target, a name's slot). The expression it came from stays, for messages.
 */
abstract class Node {

    static final int NAME = 0;
    static final int CONSTANT = 1;
    static final int BAD_NUMBER = 2;
    static final int CALL = 3;
    static final int BINARY = 4;
    static final int UNARY = 5;
    static final int ASSIGN = 6;
    static final int MEMBER = 7;
    static final int POSTFIX = 8;
    static final int CONDITIONAL = 9;
    static final int CAST = 10;
    static final int SIZEOF = 11;
    static final int ELLIPSIS = 12;
    static final int OMITTED = 13;
    static final int OPAQUE = 14;

    // operators of BINARY, UNARY, POSTFIX and compound ASSIGN
    static final int AND = 1;
    static final int OR = 2;
    static final int EQ = 3;
    static final int NE = 4;
    static final int COMMA = 5;
    static final int LT = 6;
    static final int GT = 7;
    static final int LE = 8;
    static final int GE = 9;
    static final int ADD = 10;
    static final int SUB = 11;
    static final int MUL = 12;
    static final int DIV = 13;
    static final int MOD = 14;
    static final int BAND = 15;
    static final int BOR = 16;
    static final int XOR = 17;
    static final int SHL = 18;
    static final int SHR = 19;
    static final int NOT = 20;
    static final int NEG = 21;
    static final int BNOT = 22;
    static final int PLUS = 23;
    static final int ADDRESS = 24;
    static final int DEREF = 25;
    static final int INC = 26;
    static final int DEC = 27;
    /** A plain {@code =}. */
    static final int SET = 28;
    static final int OTHER = 0;

    final int kind;
    final Expr expr;
    final Node[] operands;
    /** The operator; for a compound assignment, its arithmetic. */
    final int op;
    /** A name's, a call's callee's or a member's name; an operator's text for messages. */
    final String name;
    /** A literal's value; a name's kernel constant (null if none). */
    final Value value;
    /** A name: whether it names a function. A cast: whether to {@code bool}. */
    final boolean flag;
    /** A direct call's target; null for an indirect call. */
    final CallTarget target;
    /** A name's memo of its initialiser and leniency; null for other kinds. */
    final NameSite site;
    /** A call's memo of the leniency of its omitted arguments; null for other kinds. */
    final LeniencyMemo omitted;
    /**
     * A name: the index in a frame's variables where it was found last ({@link Vars#get(Node)}), a guess
     * checked at every read. Written without synchronisation: any int is a safe guess.
     */
    int slotHint;
    /** A call of a root or reference trace: what it runs, found at its first run ({@link Calls}). */
    volatile Callee callee;

    /** The compiled body a call runs, the compiled note it comes from and the places its frame starts with. */
    record Callee(CompiledStep[] body, CompiledNote code, int frameSize) { }

    Node(int kind, Expr expr, Node[] operands, int op, String name, Value value, boolean flag, CallTarget target) {
        this.kind = kind;
        this.expr = expr;
        this.operands = operands;
        this.op = op;
        this.name = name;
        this.value = value;
        this.flag = flag;
        this.target = target;
        this.site = kind == NAME ? new NameSite(name) : null;
        this.omitted = kind == CALL ? new LeniencyMemo() : null;
    }

    /** The node's value in frame {@code f}, at step {@code at} (null outside a note's steps). */
    abstract Value evaluate(Expressions x, Frame f, Step at);

    static int binaryOp(String op) {
        return switch (op) {
            case "&&" -> AND;
            case "||" -> OR;
            case "==" -> EQ;
            case "!=" -> NE;
            case "," -> COMMA;
            case "<" -> LT;
            case ">" -> GT;
            case "<=" -> LE;
            case ">=" -> GE;
            case "+" -> ADD;
            case "-" -> SUB;
            case "*" -> MUL;
            case "/" -> DIV;
            case "%" -> MOD;
            case "&" -> BAND;
            case "|" -> BOR;
            case "^" -> XOR;
            case "<<" -> SHL;
            case ">>" -> SHR;
            default -> OTHER;
        };
    }

    static int unaryOp(String op) {
        return switch (op) {
            case "!" -> NOT;
            case "-" -> NEG;
            case "~" -> BNOT;
            case "+" -> PLUS;
            case "&" -> ADDRESS;
            case "*" -> DEREF;
            case "++" -> INC;
            case "--" -> DEC;
            default -> OTHER;
        };
    }
}
