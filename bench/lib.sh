# Shared by the bench scripts; source it after the test stack's env.sh.

# bench_config FILE USER: a doorman.yaml for USER's mailbox on the test stack, the repository's
# rules and templates, a store beside the file and a folder outbox.
bench_config() {
    cat >"$1" <<YAML
firm:
  name: Northwind IT
  from: "Northwind IT <$2>"
  meeting_slots: [Tuesday 10:00]
  booked_until: spring
rules: $PWD/rules
templates: $PWD/templates
store: doorman.sqlite
mailboxes:
  - name: sales
    host: $DOORMAN_TEST_IMAP_HOST
    port: $DOORMAN_TEST_IMAP_PORT
    tls: starttls
    ca_file: $DOORMAN_TEST_CA
    auth: { username: $2, password_env: DOORMAN_TEST_PASSWORD }
outbox:
  folder: outbox
YAML
}
