package com.mailindashboard.settings;

import org.springframework.data.jpa.repository.JpaRepository;

interface MailinConnectionSettingsRepository extends JpaRepository<MailinConnectionSettings, Long> {
}
