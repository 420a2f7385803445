package id.saring.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The XSS corpus of {@code src/test/resources/xss/payloads.txt}: payload N carries the marker
 * {@code xss-N} and calls {@code saringXss(N)} where it can run, so a failure names the payload.
 */
public final class XssCorpus {

    /** One payload and its number in the corpus. */
    public record Payload(int number, String text) {
        public String marker() {
            return "xss-" + number;
        }

        /** Starts like a spreadsheet formula: goes first in a name so it starts a cell. */
        public boolean isFormula() {
            return "=+-@".indexOf(text.charAt(0)) >= 0;
        }
    }

    private static final List<Payload> ALL = load();

    private XssCorpus() {}

    public static List<Payload> all() {
        return ALL;
    }

    public static Payload get(int number) {
        return ALL.get(number - 1);
    }

    /** The numbers of the payloads whose marker is in {@code text}. */
    public static List<Integer> markersIn(String text) {
        return Pattern.compile("xss-(\\d+)(?!\\d)")
                .matcher(text)
                .results()
                .map(m -> Integer.valueOf(m.group(1)))
                .distinct()
                .toList();
    }

    /**
     * The corpus packed into strings of at most {@code max} characters, payloads separated by a
     * space; a formula payload always starts its own string, alone.
     */
    public static List<List<Payload>> packed(int max) {
        List<List<Payload>> packs = new ArrayList<>();
        List<Payload> current = new ArrayList<>();
        int length = 0;
        for (Payload payload : ALL) {
            if (payload.isFormula()) {
                packs.add(List.of(payload));
                continue;
            }
            if (!current.isEmpty() && length + 1 + payload.text().length() > max) {
                packs.add(current);
                current = new ArrayList<>();
                length = 0;
            }
            length += (current.isEmpty() ? 0 : 1) + payload.text().length();
            current.add(payload);
        }
        if (!current.isEmpty()) {
            packs.add(current);
        }
        return packs;
    }

    public static String join(List<Payload> pack) {
        return String.join(" ", pack.stream().map(Payload::text).toList());
    }

    private static List<Payload> load() {
        try (InputStream in = Objects.requireNonNull(XssCorpus.class.getResourceAsStream("/xss/payloads.txt"))) {
            List<Payload> payloads = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isEmpty() || line.startsWith("# ")) {
                    continue;
                }
                Payload payload = new Payload(payloads.size() + 1, line);
                if (!markersIn(line).equals(List.of(payload.number()))) {
                    throw new IllegalStateException(
                            "payload " + payload.number() + " must carry only its marker: " + line);
                }
                payloads.add(payload);
            }
            return List.copyOf(payloads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
