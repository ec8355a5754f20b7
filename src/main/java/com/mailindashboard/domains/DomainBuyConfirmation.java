package com.mailindashboard.domains;

import java.util.List;

/** The preview's confirm form: the operation key generated for this preview, the provider and the names. */
record DomainBuyConfirmation(String operationKey, DomainProvider provider, List<String> names) {
}
