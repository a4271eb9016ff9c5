# The Payara Micro runtime that every service JVM starts from, unpacked once, and the class data
# sharing (CDS) archive made from it.
#
# `java -jar payara-micro.jar` unpacks its ~300 jars into each service's directory on every start and
# loads them through its own class loader, which the JVM cannot share. Unpacked once (Payara Micro's
# --outputlauncher) and started from the class path, the JDK's and Payara's classes can come from one
# CDS archive: parsed and verified once, mapped read-only into all six JVMs. The archive is made from
# the class lists of one ordinary start (the first `up`), and again whenever Payara Micro, the JDK or
# the MariaDB driver changes. See the README, "Start-up and memory".

PAYARA_RUNTIME_DIR="$PHOTOSHARE_HOME/payara/runtime"
CDS_ARCHIVE="$PAYARA_RUNTIME_DIR/photoshare.jsa"
CDS_STAMP="$PAYARA_RUNTIME_DIR/photoshare.jsa.inputs"

# Unpacks Payara Micro (after ensure_payara_micro) and writes the JVM argument file that starts it.
ensure_payara_runtime() {
  local from="$PAYARA_RUNTIME_DIR/unpacked-from"
  if [[ "$(cat "$from" 2>/dev/null)" != "$PAYARA_MICRO_JAR" ]]; then
    say "unpacking Payara Micro once into $PAYARA_RUNTIME_DIR"
    rm -rf "$PAYARA_RUNTIME_DIR"
    mkdir -p "$PAYARA_RUNTIME_DIR"
    java -jar "$PAYARA_MICRO_JAR" --rootdir "$PAYARA_RUNTIME_DIR" --outputlauncher \
        >"$LOG_DIR/payara-runtime.log" 2>&1 || die "could not unpack Payara Micro; see $LOG_DIR/payara-runtime.log"
    echo "$PAYARA_MICRO_JAR" > "$from"
  fi
  local launcher="$PAYARA_RUNTIME_DIR/launch-micro.jar" args="$PAYARA_RUNTIME_DIR/java.args"
  if [[ ! -s "$args" || "$args" -ot "$launcher" ]]; then
    # What `java -jar launch-micro.jar` would do, minus its fixed --rootdir: the manifest's module
    # openings, and the two properties by which Payara Micro finds its unpacked runtime.
    {
      manifest_attribute "$launcher" Add-Opens | tr ' ' '\n' | sed -n 's/^\(.\+\)$/--add-opens=\1=ALL-UNNAMED/p'
      manifest_attribute "$launcher" Add-Exports | tr ' ' '\n' | sed -n 's/^\(.\+\)$/--add-exports=\1=ALL-UNNAMED/p'
      echo "-Dfish.payara.micro.BootJar=file:$launcher"
      echo "-Dfish.payara.micro.UnpackDir=$PAYARA_RUNTIME_DIR"
    } > "$args"
  fi
}

# manifest_attribute JAR NAME: one main attribute of a jar's manifest, its continuation lines joined.
manifest_attribute() {
  unzip -p "$1" META-INF/MANIFEST.MF | tr -d '\r' \
      | awk -v name="$2" '/^[^ ]/ { on = index($0, name ": ") == 1; if (on) { sub(/^[^:]*: /, ""); printf "%s", $0 }; next }
                          on { printf "%s", substr($0, 2) } END { print "" }'
}

# The class path the archive covers: the runtime (its launcher names every jar) and the MariaDB driver.
# The Galera driver, rebuilt with the WARs, comes after it: classes past the archived prefix of the
# class path load as usual, so a rebuild does not invalidate the archive.
payara_archived_class_path() {
  echo "$PAYARA_RUNTIME_DIR/launch-micro.jar:$JDBC_DRIVER_JAR"
}

# The java arguments that start Payara Micro for one service, up to its own options (--port, …).
# Without a valid archive the JVM records the classes it loads, for cds_make_archive.
payara_launch_args() {
  local root="$1"
  # Payara Micro finds its configuration and the JDBC resource adapters under its root directory.
  cp -r "$PAYARA_RUNTIME_DIR/config" "$root/config"
  ln -s "$PAYARA_RUNTIME_DIR/lib" "$root/lib"
  if cds_archive_valid; then
    echo "-XX:SharedArchiveFile=$CDS_ARCHIVE"
    # Mapped where it was made, the archive's read-only part stays one set of pages for all JVMs;
    # JDK 17's default relocates it, which rewrites (and so copies) every page in each JVM.
    echo "-XX:+UnlockDiagnosticVMOptions"
    echo "-XX:ArchiveRelocationMode=0"
  else
    echo "-XX:DumpLoadedClassList=$root/classes.lst"
  fi
  echo "@$PAYARA_RUNTIME_DIR/java.args"
  echo "-cp"
  echo "$(payara_archived_class_path):$GALERA_JDBC_JAR"
  echo "fish.payara.micro.impl.PayaraMicroImpl"
}

# What the archive depends on: the JDK, Payara Micro and the MariaDB driver (a change of any of them
# would make the JVM refuse the archive and start slowly).
cds_inputs() {
  java -version 2>&1
  echo "$PAYARA_MICRO_JAR"
  cksum < "$JDBC_DRIVER_JAR"
}

cds_archive_valid() {
  [[ -f "$CDS_ARCHIVE" && "$(cat "$CDS_STAMP" 2>/dev/null)" == "$(cds_inputs)" ]]
}

# Makes the archive from the class lists the running services recorded (once their first pages were
# asked for), when there is none for the current inputs yet. It takes about 30 s of one core, once.
cds_make_archive() {
  cds_archive_valid && return 0
  local lists=() svc
  for svc in $SERVICES; do
    [[ -s "$PHOTOSHARE_HOME/payara/$svc/classes.lst" ]] && lists+=("$PHOTOSHARE_HOME/payara/$svc/classes.lst")
  done
  (( ${#lists[@]} )) || return 0
  say "making the class data sharing archive of Payara Micro (once; later starts are faster)"
  local merged="$PAYARA_RUNTIME_DIR/classes.lst"
  # One list, each line once, in the order first seen (a lambda line follows the classes it needs).
  awk '/^#/ { next } !seen[$0]++' "${lists[@]}" > "$merged"
  rm -f "$CDS_ARCHIVE"
  if java -Xshare:dump -XX:SharedClassListFile="$merged" -XX:SharedArchiveFile="$CDS_ARCHIVE" \
        -cp "$(payara_archived_class_path)" >"$LOG_DIR/cds.log" 2>&1; then
    cds_inputs > "$CDS_STAMP"
  else
    rm -f "$CDS_ARCHIVE"
    warn "could not make the class data sharing archive (see $LOG_DIR/cds.log); services start without it"
  fi
}
