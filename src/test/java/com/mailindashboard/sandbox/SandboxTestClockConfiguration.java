package com.mailindashboard.sandbox;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Gives the sandbox a {@link SandboxTestClock} instead of the system clock. */
@TestConfiguration(proxyBeanMethods = false)
class SandboxTestClockConfiguration {

    @Bean
    SandboxTestClock sandboxTestClock() {
        return new SandboxTestClock();
    }
}
