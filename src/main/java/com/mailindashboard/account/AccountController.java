package com.mailindashboard.account;

import com.mailindashboard.gateway.AccountClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /account}: the Mailin account's details (U1). */
@Controller
class AccountController {

    private final AccountClient account;

    AccountController(AccountClient account) {
        this.account = account;
    }

    @GetMapping("/account")
    String account(Model model) {
        model.addAttribute("user", account.currentUser());
        return "account/account";
    }
}
