package com.mailindashboard.verification;

/** One value dropped because it is not an address, with the line (or pasted line) it was on. */
public record InvalidSample(int line, String value) {
}
