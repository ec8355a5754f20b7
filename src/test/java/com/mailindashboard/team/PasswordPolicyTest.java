package com.mailindashboard.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 7 items 13 and 20: the byte limit of the hash and the guessable passwords, each with its reason. */
class PasswordPolicyTest {

    @Test
    void moreThanSeventyTwoBytesIsRefusedForItsLengthWhateverTheCharacters() {
        assertThat(key("Tundra-Wobble-Spire-39" + "x".repeat(51))).contains("password.too-long");
        // 37 characters, 74 bytes: well under any character limit, over bcrypt's
        assertThat(PasswordPolicy.problem("é".repeat(37)))
                .contains(new PasswordPolicy.Problem("password.too-long", 74));
        assertThat(key("a".repeat(10_000))).contains("password.too-long");
        assertThat(key("Tundra-Wobble-Spire-39" + "x".repeat(50))).as("exactly 72 bytes").isNotEqualTo(
                Optional.of("password.too-long"));
        assertThat(key("Tundra-Wobble-Spire-39-plus-random-kq8Zt2-within-seventy-two-bytes")).isEmpty();
    }

    @Test
    void commonAndGuessablePasswordsAreRefusedWithTheReason() {
        assertThat(key("            x")).contains("password.weak.whitespace");
        assertThat(key("  \t  pass  \t   ")).contains("password.weak.whitespace");
        assertThat(key("aaaaaaaaaaaaaaaa")).contains("password.weak.repeated");
        assertThat(key("abababababababab")).contains("password.weak.repeated");
        assertThat(key("qwertyuiopasdfgh")).isPresent();
        assertThat(key("password1234")).isPresent();
        assertThat(key("abcdefghijkl")).contains("password.weak.guessable");
        assertThat(PasswordPolicy.problem("admin-password-123")).hasValueSatisfying(problem -> {
            assertThat(problem.messageKey()).isEqualTo("password.weak.guessable");
            assertThat(String.valueOf(problem.argument())).contains("admin", "password", "123");
        });
        assertThat(key("elevenchars")).contains("password.too-short");
    }

    @Test
    void strongPassphrasesAndRandomPasswordsPass() {
        assertThat(key("Velvet-Orbit-Cactus-57")).isEmpty();
        assertThat(key("zq8-Kd93_mfP2x")).isEmpty();
        for (int i = 0; i < 20; i++) {
            assertThat(key(PasswordPolicy.temporaryPassword())).isEmpty();
        }
    }

    private static Optional<String> key(String password) {
        return PasswordPolicy.problem(password).map(PasswordPolicy.Problem::messageKey);
    }
}
