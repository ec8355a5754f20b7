package com.mailindashboard.team;

import com.mailindashboard.audit.AuditEntry;
import com.mailindashboard.audit.AuditLog;
import com.mailindashboard.audit.AuditOutcome;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Service;

/**
 * A teammate's passkeys, as Spring Security's WebAuthn support stores them (issue 13): listed and
 * removed on {@code /account/security} (audited), all removed by an admin's factor reset.
 */
@Service
public class Passkeys {

    /** A registered passkey as the security page lists it. */
    public record Passkey(String id, String label, Instant created, Instant lastUsed) {
    }

    private final PublicKeyCredentialUserEntityRepository userEntities;
    private final UserCredentialRepository credentials;
    private final AuditLog audit;

    Passkeys(PublicKeyCredentialUserEntityRepository userEntities, UserCredentialRepository credentials,
             AuditLog audit) {
        this.userEntities = userEntities;
        this.credentials = credentials;
        this.audit = audit;
    }

    public boolean any(String email) {
        return !records(email).isEmpty();
    }

    public List<Passkey> list(String email) {
        return records(email).stream()
                .map(r -> new Passkey(r.getCredentialId().toBase64UrlString(), r.getLabel(), r.getCreated(),
                        r.getLastUsed()))
                .sorted(Comparator.comparing(Passkey::created, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** Removes one of the teammate's own passkeys; false when they have none with that id. */
    public boolean remove(String email, String credentialId) {
        for (CredentialRecord record : records(email)) {
            if (record.getCredentialId().toBase64UrlString().equals(credentialId)) {
                credentials.delete(record.getCredentialId());
                audit.record(AuditEntry.of("second-factor.passkey-removed", AuditOutcome.SUCCESS)
                        .summary("passkey \"" + record.getLabel() + "\" removed").target("teammate", null, email));
                return true;
            }
        }
        return false;
    }

    /** Every passkey of the teammate (an admin's factor reset); how many there were. */
    int removeAll(String email) {
        List<CredentialRecord> records = records(email);
        records.forEach(record -> credentials.delete(record.getCredentialId()));
        return records.size();
    }

    private List<CredentialRecord> records(String email) {
        PublicKeyCredentialUserEntity entity = userEntities.findByUsername(TeamUser.normalize(email));
        if (entity == null) {
            return List.of();
        }
        Bytes id = entity.getId();
        return credentials.findByUserId(id);
    }
}
