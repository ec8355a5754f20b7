package com.mailindashboard.sandbox;

/** A domain a purchase job will add when it completes. */
record DomainDraft(String name, SandboxProvider provider) {
}
