package com.mailindashboard.mailboxes;

import com.mailindashboard.paging.PageParams;
import com.mailindashboard.gateway.PageRequest;
import jakarta.validation.constraints.Size;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.StringJoiner;

/**
 * The state of a mailbox list as it stands in the URL ({@code name}, {@code page}, {@code size}),
 * kept as text so that the filter is shown back as typed. Page and size are read leniently:
 * anything unusable means the first page and {@link #DEFAULT_PAGE_SIZE}.
 */
public class MailboxListForm {

    static final List<Integer> PAGE_SIZES = List.of(15, 50, 100);
    static final int DEFAULT_PAGE_SIZE = 15;
    static final int MAX_NAME = 100;

    @Size(max = MAX_NAME, message = "{mailboxes.list.filter.too-long}")
    private String name;
    private String page;
    private String size;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
    public String getSize() { return size; }
    public void setSize(String size) { this.size = size; }

    /** The requested page, 1-based; 1 when missing or unusable. */
    int pageNumber() {
        return PageParams.page(page);
    }

    /** The requested page size if it is one of {@link #PAGE_SIZES}, otherwise the default. */
    int pageSize() {
        return PageParams.size(size, PAGE_SIZES, DEFAULT_PAGE_SIZE);
    }

    /** The name filter without surrounding blanks; null when blank. */
    String filter() {
        return name == null || name.isBlank() ? null : name.strip();
    }

    PageRequest toRequest(int pageNumber) {
        return new PageRequest(pageNumber, pageSize(), filter());
    }

    /** The list's address for another page, keeping the filter and the size. */
    String url(MailboxProvider provider, int pageNumber) {
        StringJoiner query = new StringJoiner("&", provider.listPath() + "?", "");
        if (filter() != null) {
            query.add("name=" + URLEncoder.encode(filter(), StandardCharsets.UTF_8));
        }
        query.add("size=" + pageSize());
        query.add("page=" + pageNumber);
        return query.toString();
    }
}
