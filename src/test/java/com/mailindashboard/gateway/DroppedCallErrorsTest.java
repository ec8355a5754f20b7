package com.mailindashboard.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import reactor.core.publisher.Operators;
import reactor.util.context.Context;

@ExtendWith(OutputCaptureExtension.class)
class DroppedCallErrorsTest {

    @Test
    void aCancelledCallReportingItsCancellationLogsNoErrorNorStackTrace(CapturedOutput output) {
        DroppedCallErrors.install();

        // what the JDK client reports when a page's deadline cancelled its exchange
        Operators.onErrorDropped(new CompletionException(new CancellationException("Request cancelled")), Context.empty());

        assertThat(output.getAll()).doesNotContain("ERROR", "onErrorDropped", "at java.base/");
    }

    @Test
    void anyOtherLateFailureIsOneWarningLine(CapturedOutput output) {
        DroppedCallErrors.install();

        Operators.onErrorDropped(new IllegalStateException("connection reset"), Context.empty());

        assertThat(output.getAll()).contains("WARN", "given up failed afterwards", "connection reset")
                .doesNotContain("ERROR", "at java.base/");
    }
}
