package id.saring.identity.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An e-mail address at a school's identity provider (a belajar.id or Microsoft 365 address), as
 * Saring compares it: trimmed and lower case. Only the plain form {@code name@domain.tld} is
 * accepted; anything else is not an address a provider would vouch for.
 */
public final class SchoolAddress {

    /** The longest address SMTP allows, and the column's width. */
    public static final int MAX_LENGTH = 254;

    private static final Pattern PLAIN = Pattern.compile("[a-z0-9._%+'-]{1,64}@" + DomainsHolder.DOMAIN);

    private SchoolAddress() {}

    /** The address in the form Saring stores and compares, or empty if it is not a plain address. */
    public static Optional<String> normalize(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String address = typed.strip().toLowerCase(Locale.ROOT);
        return address.length() <= MAX_LENGTH && PLAIN.matcher(address).matches()
                ? Optional.of(address)
                : Optional.empty();
    }

    /** The part after the {@code @} of a normalized address. */
    public static String domainOf(String address) {
        return address.substring(address.lastIndexOf('@') + 1);
    }

    /**
     * The domains of a comma-, space- or line-separated list, lower case, or empty if any of them
     * is not a domain name (so a typo is reported, not silently dropped).
     */
    public static Optional<Set<String>> domains(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        Set<String> domains = Arrays.stream(typed.toLowerCase(Locale.ROOT).split("[,;\\s]+"))
                .map(String::strip)
                .map(domain -> domain.startsWith("@") ? domain.substring(1) : domain)
                .filter(domain -> !domain.isEmpty())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        boolean allValid = !domains.isEmpty() && domains.stream().allMatch(DomainsHolder::isDomain);
        return allValid ? Optional.of(domains) : Optional.empty();
    }

    /** Domain names: labels of letters, digits and inner hyphens, at least two of them. */
    private static final class DomainsHolder {
        static final String DOMAIN = "(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}";
        private static final Pattern ONLY = Pattern.compile(DOMAIN);

        static boolean isDomain(String candidate) {
            return candidate.length() <= 253 && ONLY.matcher(candidate).matches();
        }
    }
}
