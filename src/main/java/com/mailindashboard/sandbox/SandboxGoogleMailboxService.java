package com.mailindashboard.sandbox;

import static com.mailindashboard.sandbox.SandboxBodies.ordered;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;

/** What only Google mailboxes offer: TOTP codes, credentials, signatures and forwarding (G10-G16). */
@Component
class SandboxGoogleMailboxService {

    /** How long a generated TOTP code is valid. */
    static final int TOTP_SECONDS = 30;

    private final SandboxState state;

    SandboxGoogleMailboxService(SandboxState state) {
        this.state = state;
    }

    /** G10: a fresh six-digit code and its expiry in unix seconds. */
    Map<String, Object> generateTotp(long id) {
        googleMailbox(id);
        return ordered("error", false, "message", "Mailbox TOTP generated successfully",
                "totp", SandboxRandom.digits(6), "expires_at", state.now().getEpochSecond() + TOTP_SECONDS);
    }

    /** G11. */
    Map<String, Object> credentials(long id) {
        return googleMailbox(id).credentials();
    }

    /** G12. */
    void addSignature(long id, String signature) {
        String text = SandboxRules.required("signature", signature);
        update(id, mailbox -> mailbox.signedWith(text, state.now()));
    }

    /** G13. */
    void deleteSignature(long id) {
        update(id, mailbox -> mailbox.signedWith(null, state.now()));
    }

    /** G14. */
    void setUpForwarding(long id, String forwardingEmail) {
        String email = SandboxRules.email("forwarding_email", forwardingEmail);
        update(id, mailbox -> mailbox.forwardingTo(email, state.now()));
    }

    /** G15: only where forwarding was set up. */
    void updateForwarding(long id, String forwardingEmail) {
        String email = SandboxRules.email("forwarding_email", forwardingEmail);
        update(id, mailbox -> {
            if (mailbox.redirectEmail() == null) {
                throw SandboxProblem.invalid("Forwarding is not set up for this mailbox.");
            }
            return mailbox.forwardingTo(email, state.now());
        });
    }

    /** G16. */
    void removeForwarding(long id) {
        update(id, mailbox -> mailbox.forwardingTo(null, state.now()));
    }

    private void update(long id, UnaryOperator<SandboxMailbox> change) {
        state.change(() -> state.save(change.apply(googleMailbox(id))));
    }

    /** The mailbox; 404 when unknown, 422 {@code {error: true, message}} when it is not a Google one. */
    private SandboxMailbox googleMailbox(long id) {
        SandboxMailbox mailbox = state.mailbox(id);
        if (!mailbox.provider().google()) {
            throw SandboxProblem.of(422, ordered("error", true,
                    "message", "This action is allowed only for mailboxes connected with the google provider."));
        }
        return mailbox;
    }
}
