package com.mailindashboard.orders;

import com.mailindashboard.jobs.Job;
import com.mailindashboard.jobs.JobKind;
import com.mailindashboard.jobs.JobLedger;
import com.mailindashboard.jobs.Operation;
import com.mailindashboard.jobs.OperationLedger;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /orders/operations/{id}}: what became of a confirmed order, in words per state (placed
 * and being looked for in Mailin's list, answer lost and being reconciled without ordering again,
 * refused with Mailin's message), with its job, and a link to the order once it is found.
 */
@Controller
class OrderOperationController {

    private final OperationLedger operations;
    private final JobLedger jobs;
    private final PlacedOrderRepository orders;

    OrderOperationController(OperationLedger operations, JobLedger jobs, PlacedOrderRepository orders) {
        this.operations = operations;
        this.jobs = jobs;
        this.orders = orders;
    }

    @GetMapping("/orders/operations/{id}")
    String show(@PathVariable long id, Model model) {
        Operation operation = operations.find(id).filter(o -> o.getKind() == JobKind.AZURE_ORDER)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        PlacedOrder order = orders.findByOperationId(id)
                .or(() -> orders.findByOperationKey(operation.getOperationKey())).orElse(null);
        Job job = operation.getJobId() == null ? null : jobs.find(operation.getJobId()).orElse(null);
        boolean waiting = order != null && order.getUpstreamId() == null && job != null && job.isActive();
        model.addAttribute("operation", operation);
        model.addAttribute("order", order);
        model.addAttribute("job", job);
        model.addAttribute("waiting", waiting || operation.getState().name().equals("SUBMITTING"));
        return "orders/operation";
    }
}
