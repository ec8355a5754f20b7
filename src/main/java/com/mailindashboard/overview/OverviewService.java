package com.mailindashboard.overview;

import com.mailindashboard.gateway.AccountClient;
import com.mailindashboard.gateway.MailinServer;
import com.mailindashboard.gateway.MailinUser;
import com.mailindashboard.gateway.ServerClient;
import com.mailindashboard.gateway.VerificationClient;
import com.mailindashboard.web.Outcome;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Reads the overview's figures concurrently (on virtual threads), so the page costs about one
 * upstream round trip rather than the sum of them.
 */
@Service
class OverviewService {

    private final AccountClient account;
    private final ServerClient servers;
    private final VerificationClient verification;
    private final MessageSource messages;

    OverviewService(AccountClient account, ServerClient servers, VerificationClient verification,
                    MessageSource messages) {
        this.account = account;
        this.servers = servers;
        this.verification = verification;
        this.messages = messages;
    }

    Overview load(Locale locale) {
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            CompletableFuture<Outcome<MailinUser>> user = CompletableFuture.supplyAsync(
                    () -> Outcome.of(account::currentUser, messages, locale), pool);
            CompletableFuture<Outcome<List<MailinServer>>> serverList = CompletableFuture.supplyAsync(
                    () -> Outcome.of(servers::servers, messages, locale), pool);
            CompletableFuture<Outcome<Long>> credits = CompletableFuture.supplyAsync(
                    () -> Outcome.of(verification::credits, messages, locale), pool);
            return new Overview(user.join(), serverList.join(), credits.join());
        }
    }
}
