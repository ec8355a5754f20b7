package com.mailindashboard.mailboxes;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Only admins and operators may change mailboxes or see their secrets. The URL rules already refuse
 * every non-GET request to viewers; this repeats it on the handler, so that the rule holds even if a
 * reveal were ever mapped differently.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@PreAuthorize("hasAnyRole('ADMIN','OPERATOR')")
public @interface MailboxWriteAccess {
}
