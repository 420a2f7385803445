package id.saring.identity.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.identity.control.Username;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An account is bound to the person (issuer and subject) who first signed in with its school address. */
class AccountSignInTest {

    private static final String GOOGLE = "https://accounts.google.com";
    private static final String ENTRA = "https://login.microsoftonline.com/tenant/v2.0";

    @Test
    void theFirstPersonIsBoundAndOnlyTheyComeInAgain() {
        Account account = account();
        assertTrue(account.admitsSignIn(GOOGLE, "111"), "nobody bound yet");
        assertFalse(account.isSignInPinned());

        account.pinSignIn(GOOGLE, "111");
        account.pinSignIn(GOOGLE, "222"); // a later sign-in never moves the binding

        assertTrue(account.isSignInPinned());
        assertTrue(account.admitsSignIn(GOOGLE, "111"));
        assertFalse(account.admitsSignIn(GOOGLE, "222"), "the address given to someone else");
        assertFalse(account.admitsSignIn(ENTRA, "111"), "the same id at another provider is another person");
    }

    @Test
    void aResetOrAnotherAddressLetsTheNextPersonBeBound() {
        Account account = account();
        account.pinSignIn(GOOGLE, "111");

        account.resetSignIn();
        assertTrue(account.admitsSignIn(GOOGLE, "222"));

        account.pinSignIn(GOOGLE, "222");
        account.linkAddress("ayu.lestari@belajar.id"); // the same address again keeps the binding
        assertFalse(account.admitsSignIn(GOOGLE, "333"));
        account.linkAddress("ayu.l@belajar.id");
        assertTrue(account.admitsSignIn(GOOGLE, "333"), "another address is another person");
    }

    private static Account account() {
        Account account = new Account(
                Username.of("ayu.lestari"),
                "Ayu Lestari",
                Role.STUDENT,
                "PBKDF2WithHmacSHA256:1:x:y",
                Instant.parse("2026-12-06T07:00:00Z"));
        account.linkAddress("ayu.lestari@belajar.id");
        return account;
    }
}
