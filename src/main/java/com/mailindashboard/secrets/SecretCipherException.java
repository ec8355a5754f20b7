package com.mailindashboard.secrets;

public class SecretCipherException extends RuntimeException {

    public SecretCipherException(String message, Throwable cause) {
        super(message, cause);
    }
}
