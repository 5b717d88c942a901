package org.tracenotes.core.run;

import java.util.Locale;
import java.util.Optional;

/** How a forced branch line is taken: {@code --force 86} or {@code --force 86=taken}, {@code 86=not-taken}. */
public enum Force {
    TAKEN, NOT_TAKEN;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@code taken} or {@code not-taken}. */
    public static Optional<Force> of(String text) {
        for (Force f : values()) {
            if (f.id().equalsIgnoreCase(text.strip())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * Reads {@code LINE}, {@code LINE=taken} or {@code LINE=not-taken} into {@code forces}; returns
     * null, or why the text is not one.
     */
    public static String parseInto(String spec, java.util.Map<Integer, Force> forces) {
        String s = spec.strip();
        int eq = s.indexOf('=');
        String lineText = eq < 0 ? s : s.substring(0, eq).strip();
        Optional<Force> how = eq < 0 ? Optional.of(TAKEN) : of(s.substring(eq + 1));
        int line;
        try {
            line = Integer.parseInt(lineText);
        } catch (NumberFormatException e) {
            line = -1;
        }
        if (line < 1 || how.isEmpty()) {
            return "--force takes LINE, LINE=taken or LINE=not-taken (a line number of an if / else-if / else / case"
                    + " line), not `" + spec + "`";
        }
        forces.put(line, how.get());
        return null;
    }
}
