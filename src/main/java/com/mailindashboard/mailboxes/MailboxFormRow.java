package com.mailindashboard.mailboxes;

/** One line of the creation form's table (SMTP uses username, name, password; Google username, first and last name). */
public class MailboxFormRow {

    private String username;
    private String name;
    private String password;
    private String firstName;
    private String lastName;

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }

    boolean blank() {
        return empty(username) && empty(name) && empty(password) && empty(firstName) && empty(lastName);
    }

    private static boolean empty(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public String toString() {
        return "MailboxFormRow[username=" + username + ", password=***]";
    }
}
