package com.mailindashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mailindashboard.gateway.UpstreamLane;
import com.mailindashboard.gateway.UpstreamLanes;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class PageLaneFilterTest {

    @Test
    void aRequestAndTheThreadsItStartsCallMailinInThePageLaneAndNothingLeaksAfterIt() throws Exception {
        AtomicReference<UpstreamLane> inRequest = new AtomicReference<>();
        AtomicReference<UpstreamLane> inChild = new AtomicReference<>();
        new PageLaneFilter().doFilter(new MockHttpServletRequest("GET", "/domains"), new MockHttpServletResponse(),
                (request, response) -> {
                    inRequest.set(UpstreamLanes.current());
                    try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
                        pool.submit(() -> inChild.set(UpstreamLanes.current())).get();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
        assertThat(inRequest.get()).isEqualTo(UpstreamLane.PAGE);
        assertThat(inChild.get()).isEqualTo(UpstreamLane.PAGE);
        assertThat(UpstreamLanes.current()).isEqualTo(UpstreamLane.BACKGROUND);
        assertThat(UpstreamLanes.asStartedWork(UpstreamLanes::current)).isEqualTo(UpstreamLane.STARTED_WORK);
    }
}
