package id.saring.publishing.gift;

/**
 * GIFT's backslash escapes ({@code \~ \= \# \{ \} \: \n \\}). While a question is taken apart, each
 * escaped character stands in as a Unicode noncharacter, which the standard reserves for exactly
 * this kind of internal use, so that an escaped {@code =} can never start an answer.
 */
final class GiftEscapes {

    private static final String ESCAPABLE = ":#={}~n";
    private static final char FIRST = '\uFDD0';
    private static final char LAST = '\uFDEF';

    /** Stands in for {@code \n}, a line break inside a question. */
    static final char NEWLINE = (char) (FIRST + ESCAPABLE.indexOf('n'));

    private GiftEscapes() {}

    /** Replaces every escape by its stand-in. Noncharacters already in the text become U+FFFD. */
    static String hide(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FIRST && c <= LAST) {
                out.append('\uFFFD');
            } else if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '\\') {
                out.append('\\');
                i++;
            } else if (c == '\\' && i + 1 < text.length() && ESCAPABLE.indexOf(text.charAt(i + 1)) >= 0) {
                out.append((char) (FIRST + ESCAPABLE.indexOf(text.charAt(i + 1))));
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Puts the escaped characters back; {@code \n} becomes {@code newline}. */
    static String reveal(String text, String newline) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == NEWLINE) {
                out.append(newline);
            } else if (c >= FIRST && c < FIRST + ESCAPABLE.length()) {
                out.append(ESCAPABLE.charAt(c - FIRST));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String reveal(String text) {
        return reveal(text, "\n");
    }
}
