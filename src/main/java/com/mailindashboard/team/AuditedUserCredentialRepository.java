package com.mailindashboard.team;

import com.mailindashboard.audit.AuditEntry;
import com.mailindashboard.audit.AuditLog;
import com.mailindashboard.audit.AuditOutcome;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/**
 * Spring Security's passkey store, with every new passkey (registered through its
 * {@code /webauthn/register} endpoint) in the audit log as an enrolment.
 */
final class AuditedUserCredentialRepository implements UserCredentialRepository {

    private final UserCredentialRepository delegate;
    private final PublicKeyCredentialUserEntityRepository userEntities;
    private final AuditLog audit;

    AuditedUserCredentialRepository(UserCredentialRepository delegate,
                                    PublicKeyCredentialUserEntityRepository userEntities, AuditLog audit) {
        this.delegate = delegate;
        this.userEntities = userEntities;
        this.audit = audit;
    }

    @Override
    public void save(CredentialRecord record) {
        boolean added = delegate.findByCredentialId(record.getCredentialId()) == null;
        delegate.save(record);
        if (added) {
            PublicKeyCredentialUserEntity owner = userEntities.findById(record.getUserEntityUserId());
            audit.record(AuditEntry.of("second-factor.enrol", AuditOutcome.SUCCESS)
                    .summary("passkey \"" + record.getLabel() + "\" registered")
                    .target("teammate", null, owner == null ? null : owner.getName()));
        }
    }

    @Override
    public void delete(Bytes credentialId) {
        delegate.delete(credentialId);
    }

    @Override
    public @Nullable CredentialRecord findByCredentialId(Bytes credentialId) {
        return delegate.findByCredentialId(credentialId);
    }

    @Override
    public List<CredentialRecord> findByUserId(Bytes userId) {
        return delegate.findByUserId(userId);
    }
}
