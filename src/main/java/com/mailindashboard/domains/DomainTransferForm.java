package com.mailindashboard.domains;

/** The transfer form: its operation key (generated when the form is shown), provider, domain and Inboxkit uid. */
record DomainTransferForm(String operationKey, DomainProvider provider, String domainName, String uid) {

    static DomainTransferForm blank() {
        return new DomainTransferForm(OperationKeys.fresh(), DomainProvider.SMTP, "", "");
    }

    DomainTransferForm withKey(String key) {
        return new DomainTransferForm(key, provider, domainName, uid);
    }
}
