#!/usr/bin/env bash
# Builds a minimal Debian bookworm image locally, for Docker hosts that reach no image registry:
# debootstrap (variant minbase) into a temporary directory, then `docker import`. The result is
# equivalent to debian:bookworm-slim and is what the Dockerfiles get as their BASE_IMAGE there.
#
#   docker/build-base.sh [TAG]     (default photoshare/debian:bookworm; nothing is done if it exists)
#
# Environment: DEBIAN_MIRROR (default http://deb.debian.org/debian). Needs root and debootstrap.
set -euo pipefail

TAG="${1:-photoshare/debian:bookworm}"
MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"

if docker image inspect "$TAG" >/dev/null 2>&1; then
  echo "==> base image $TAG exists"
  exit 0
fi
(( EUID == 0 )) || { echo "error: debootstrap needs root" >&2; exit 1; }
if ! command -v debootstrap >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
fi

rootfs="$(mktemp -d)"
cleanup() {
  local fs
  for fs in proc sys dev/pts; do
    if mountpoint -q "$rootfs/$fs"; then umount -l "$rootfs/$fs"; fi
  done
  rm -rf --one-file-system "$rootfs"
}
trap cleanup EXIT
echo "==> debootstrap bookworm (minbase) from $MIRROR"
debootstrap --variant=minbase --include=ca-certificates bookworm "$rootfs" "$MIRROR" >"$rootfs.log" 2>&1 \
  || { tail -n 30 "$rootfs.log" >&2; rm -f "$rootfs.log"; exit 1; }
rm -f "$rootfs.log"

# What debian:bookworm-slim has too: the security and updates suites, no caches, no docs.
cat > "$rootfs/etc/apt/sources.list" <<EOF
deb $MIRROR bookworm main
deb $MIRROR bookworm-updates main
deb ${MIRROR%/debian}/debian-security bookworm-security main
EOF
cat > "$rootfs/etc/dpkg/dpkg.cfg.d/docker-slim" <<'EOF'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/info/*
path-exclude /usr/share/locale/*
EOF
cat > "$rootfs/etc/apt/apt.conf.d/docker-clean" <<'EOF'
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
APT::Install-Recommends "false";
EOF
rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* \
       "$rootfs"/usr/share/doc/* "$rootfs"/usr/share/man/* "$rootfs"/usr/share/locale/*

echo "==> importing as $TAG"
tar -C "$rootfs" --numeric-owner --one-file-system -c . \
  | docker import --change 'CMD ["bash"]' --change 'ENV LANG=C.UTF-8' - "$TAG" >/dev/null
docker image ls "$TAG"
