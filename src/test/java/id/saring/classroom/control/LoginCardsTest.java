package id.saring.classroom.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.saring.identity.control.CardSecret;
import id.saring.testing.CardQrCodes;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoginCardsTest {

    /** A long address (a school server by its address and port, under a context path) wraps on the card. */
    private static final String ADDRESS = "http://192.168.100.200:8080/saring-smpn3-kupang/";

    @Test
    void theLongestPasswordAndALongUsernameStayOnOneLineEach() throws Exception {
        SecureRandom random = new SecureRandom();
        String password = KidPasswords.generate(); // at most 19 characters, as "rambutan-cokelat-72"
        List<LoginCards.Card> cards = List.of(
                new LoginCards.Card(
                        "Dewi Anggraini", "dewi.anggraini.8b", "rambutan-cokelat-72", CardSecret.create(random)),
                new LoginCards.Card("Eko Saputra", "eko.s", password, CardSecret.create(random)));

        String text = new PdfTextExtractor(
                        new PdfReader(LoginCards.render("8B", ADDRESS, cards, Locale.forLanguageTag("id"))))
                .getTextFromPage(1);

        assertTrue(text.contains("rambutan-cokelat-72"), text);
        assertTrue(text.contains("dewi.anggraini.8b"), text);
        assertTrue(text.contains(password), text);
    }

    @Test
    void everyCardCarriesAQrCodeThatOpensTheCardPageWithItsSecretInTheFragment() throws Exception {
        SecureRandom random = new SecureRandom();
        List<LoginCards.Card> cards = List.of(
                new LoginCards.Card("Ani Lestari", "ani.l", "mangga-biru-42", CardSecret.create(random)),
                new LoginCards.Card("Bayu Pratama", "bayu.p", null, CardSecret.create(random)),
                new LoginCards.Card("Citra Dewi", "citra.d", "nanas-hijau-17", CardSecret.create(random)));

        byte[] pdf = LoginCards.render("7A", ADDRESS, cards, Locale.forLanguageTag("id"));

        assertEquals(
                Set.copyOf(cards.stream()
                        .map(card -> ADDRESS + "card.xhtml#" + card.secret())
                        .toList()),
                Set.copyOf(CardQrCodes.read(pdf)));
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertTrue(text.contains("mangga-biru-42"), "the password fits below a long address: " + text);
        assertTrue(text.contains("nanas-hijau-17"), text);
        assertTrue(text.contains("(tidak berubah)"), "a new card without a new password says so: " + text);
        for (LoginCards.Card card : cards) {
            assertTrue(!text.contains(card.secret()), "the secret is only in the QR code, never typed");
        }
    }

    @Test
    void aWholeSchoolsCardsAllReadBack() {
        SecureRandom random = new SecureRandom();
        List<LoginCards.Card> cards = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            cards.add(new LoginCards.Card("Siswa " + i, "siswa." + i, null, CardSecret.create(random)));
        }

        byte[] pdf = LoginCards.render("Semua", ADDRESS, cards, Locale.forLanguageTag("en"));

        assertEquals(
                Set.copyOf(cards.stream()
                        .map(card -> LoginCards.url(ADDRESS, card.secret()))
                        .toList()),
                Set.copyOf(CardQrCodes.read(pdf)));
    }

    @Test
    void theQrCodeSitsInTheUrlsFragmentSoNoServerLogSeesIt() {
        assertEquals("https://x.id/saring/card.xhtml#abc", LoginCards.url("https://x.id/saring/", "abc"));
    }
}
