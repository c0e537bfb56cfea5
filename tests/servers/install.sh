#!/usr/bin/env bash
# Install the Debian packages needed by the doorman mail test stack
# (real Dovecot + Postfix, run as private instances by tests/servers/start.sh).
#
# Idempotent: re-running it only installs what is missing. It never starts the
# system-wide postfix/dovecot services, and it stops them if the package
# installation (or an earlier install) left them running, so that nothing but
# our private instances listens on the test ports.
#
# Must run as root (Debian 12 / bookworm).
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then
    echo "install.sh: must run as root" >&2
    exit 1
fi

PACKAGES=(dovecot-core dovecot-imapd dovecot-lmtpd postfix openssl ca-certificates python3)

missing=()
for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ "${#missing[@]}" -gt 0 ]; then
    echo "install.sh: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    # First install of postfix: do not let it write a system configuration
    # (/etc/postfix/main.cf); our instance carries its own config directory.
    # Has no effect when postfix is already configured on this machine.
    echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
    echo "postfix postfix/mailname string mail.example.test" | debconf-set-selections

    # Keep maintainer scripts from starting the system services. Docker-style
    # images often already have a policy-rc.d that does this; we only add (and
    # later remove) ours when there is none.
    own_policy=0
    if [ ! -e /usr/sbin/policy-rc.d ]; then
        printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
        chmod 755 /usr/sbin/policy-rc.d
        own_policy=1
    fi
    cleanup() { if [ "$own_policy" = 1 ]; then rm -f /usr/sbin/policy-rc.d; fi; }
    trap cleanup EXIT

    apt_update_needed=1
    # apt-get install fails on a machine whose package lists were never fetched.
    if apt-get install -y --no-install-recommends -o Dpkg::Options::=--force-confold "${missing[@]}"; then
        apt_update_needed=0
    fi
    if [ "$apt_update_needed" = 1 ]; then
        apt-get update
        apt-get install -y --no-install-recommends -o Dpkg::Options::=--force-confold "${missing[@]}"
    fi
    cleanup
    trap - EXIT
else
    echo "install.sh: all packages already installed"
fi

# Stop and disable the system-wide instances, if any are running. Our private
# instances never use /etc/postfix or /run/dovecot, but the system ones would
# hold ports 25/143/993 and waste resources; tests must see only ours.
if [ -d /run/systemd/system ]; then
    for unit in postfix.service dovecot.service; do
        if systemctl is-enabled --quiet "$unit" 2>/dev/null || systemctl is-active --quiet "$unit" 2>/dev/null; then
            echo "install.sh: disabling system $unit"
            systemctl disable --now "$unit" >/dev/null 2>&1 || true
        fi
    done
    # Socket-activated variants, if present.
    systemctl disable --now dovecot.socket >/dev/null 2>&1 || true
fi
if [ -f /etc/postfix/main.cf ] && postfix -c /etc/postfix status >/dev/null 2>&1; then
    echo "install.sh: stopping system postfix"
    postfix -c /etc/postfix stop >/dev/null 2>&1 || true
fi
if [ -f /run/dovecot/master.pid ] && kill -0 "$(cat /run/dovecot/master.pid)" 2>/dev/null; then
    echo "install.sh: stopping system dovecot"
    dovecot -c /etc/dovecot/dovecot.conf stop >/dev/null 2>&1 || kill "$(cat /run/dovecot/master.pid)" 2>/dev/null || true
fi

# The accounts the packages create and our instances rely on.
for u in postfix dovenull dovecot mail; do
    if ! getent passwd "$u" >/dev/null; then
        echo "install.sh: expected system user '$u' is missing" >&2
        exit 1
    fi
done
getent group postdrop >/dev/null || { echo "install.sh: group postdrop missing" >&2; exit 1; }

echo "install.sh: dovecot $(dovecot --version 2>/dev/null | head -n1), postfix $(postconf -d -h mail_version 2>/dev/null)"
