package id.saring.classroom.control;

import java.security.SecureRandom;
import java.util.List;

/**
 * First passwords for students without e-mail: two everyday Indonesian words and two digits,
 * e.g. "kopi-merah-42". Easy to read from a card, about 26 bits of chance: not guessable in the
 * few tries the login throttle allows.
 */
public final class KidPasswords {

    private static final List<String> NOUNS = List.of(
            "apel",
            "awan",
            "bambu",
            "batik",
            "bintang",
            "bulan",
            "buku",
            "bunga",
            "daun",
            "delima",
            "durian",
            "elang",
            "gajah",
            "gitar",
            "gunung",
            "harimau",
            "hujan",
            "jagung",
            "jambu",
            "kapal",
            "kelapa",
            "kopi",
            "kuda",
            "kupu",
            "lampu",
            "layang",
            "mangga",
            "matahari",
            "merpati",
            "nanas",
            "ombak",
            "padi",
            "pantai",
            "pelangi",
            "pena",
            "perahu",
            "pisang",
            "rambutan",
            "rusa",
            "salak",
            "sapi",
            "sawah",
            "semut",
            "singa",
            "sungai",
            "tas",
            "telur",
            "topi",
            "ubi",
            "ular");
    private static final List<String> COLOURS = List.of(
            "merah", "biru", "hijau", "kuning", "ungu", "jingga", "putih", "hitam", "cokelat", "abu", "emas", "perak",
            "cerah", "ceria", "gagah", "lincah", "manis", "ramah", "riang", "tenang");
    private static final SecureRandom RANDOM = new SecureRandom();

    private KidPasswords() {}

    public static String generate() {
        return NOUNS.get(RANDOM.nextInt(NOUNS.size())) + "-" + COLOURS.get(RANDOM.nextInt(COLOURS.size())) + "-"
                + (10 + RANDOM.nextInt(90));
    }
}
