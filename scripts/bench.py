#!/usr/bin/env python3
"""`make bench`: generation speed, memory and the compile cost of the output.

    scripts/bench.py TOOL [--runs N] [--json FILE] [--corpus DIR] [--no-compile]

For each input (synthetic specs of 0.3, 3 and 10 MB from scripts/synthetic-spec.py, the
largest corpus specs when the corpus is present, and the biggest published specs, Stripe's
and GitHub's, fetched at pinned commits into .build/bench/published unless --no-fetch; an input
that cannot be fetched is skipped with a note) it runs the tool N times in each mode, the two
modes alternating (so a slow spell of a shared machine hits both), and keeps the median wall
time and the median peak RSS:
  - floor:      `generate --parse-only`: read and parse every input file into document trees;
  - generation: a full generation into an empty folder (the previous run's output is moved
    aside, and deleted after all measurements: see `set_aside`); also its user and kernel CPU.
Then the no-op regeneration (the tool on an up-to-date output, and `make generate` with nothing
to do; both must leave every mtime alone) and the compile cost of the 3 MB output: a package
holding only the generated module, built with a debug `swift build` from clean, its wall time
and the peak RSS of its largest process (the compiler), then its rebuilds after regenerating
from the spec with one schema edited twice (description reworded, then a property added).
The published specs' outputs are compiled too (debug build from clean: wall time, the
compiler's peak RSS, and the longest generated file, since one long file serialises the build).

Prints a table and writes the same numbers as JSON. Timings are informational: nothing fails.
"""

import argparse
import json
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(ROOT, ".build", "bench")
SYNTHETIC_SIZES = ["0.3", "3", "10"]


def run(argv, cwd=None, stdout=subprocess.DEVNULL):
    """Runs argv to completion; returns (seconds, peak RSS in KB of its largest process,
    user CPU seconds, kernel CPU seconds). Its standard output goes to `stdout` (a file)."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, cwd=cwd, stdout=stdout, stderr=subprocess.PIPE)
    stderr = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        sys.exit(f"bench: {' '.join(argv)} failed ({process.returncode}):\n{stderr.decode(errors='replace')}")
    return elapsed, usage.ru_maxrss, usage.ru_utime, usage.ru_stime


def median_run(argv, runs, cwd=None):
    times, peaks = [], []
    for _ in range(runs):
        elapsed, peak, _, _ = run(argv, cwd=cwd)
        times.append(elapsed)
        peaks.append(peak)
    return statistics.median(times), statistics.median(peaks)


def input_size(paths):
    total = 0
    for path in paths:
        if os.path.isdir(path):
            for folder, _, files in os.walk(path):
                total += sum(os.path.getsize(os.path.join(folder, name)) for name in files)
        else:
            total += os.path.getsize(path)
    return total


def synthetic_inputs():
    inputs = []
    for size in SYNTHETIC_SIZES:
        path = os.path.join(WORK, f"synthetic-{size}.json")
        script = os.path.join(ROOT, "scripts", "synthetic-spec.py")
        if not os.path.exists(path) or os.path.getmtime(path) < os.path.getmtime(script):
            subprocess.run([sys.executable, script, size, path], check=True)
        inputs.append({"name": f"synthetic {size} MB", "args": [path], "size": input_size([path]), "key": f"synthetic-{size}"})
    return inputs


# Public specs too large for the corpus, at pinned commits (same bytes on every run).
PUBLISHED = [
    ("stripe spec3.yaml", "stripe-spec3.yaml",
     "https://raw.githubusercontent.com/stripe/openapi/186985c4c64df9ec41e1f48f416b8f1223f8ade0/openapi/spec3.yaml"),
    ("github api.github.com.json", "github-api.github.com.json",
     "https://raw.githubusercontent.com/github/rest-api-description/97a2c2f89c0255519f54df439ba314b94d4cd915/"
     "descriptions/api.github.com/api.github.com.json"),
]


def published_inputs(fetch):
    """Stripe's and GitHub's specs, downloaded once into .build/bench/published."""
    folder = os.path.join(WORK, "published")
    os.makedirs(folder, exist_ok=True)
    inputs = []
    for name, file_name, url in PUBLISHED:
        path = os.path.join(folder, file_name)
        if not os.path.exists(path) and fetch:
            try:
                with urllib.request.urlopen(url, timeout=60) as response, open(path + ".part", "wb") as handle:
                    shutil.copyfileobj(response, handle)
                os.replace(path + ".part", path)
            except OSError as error:
                print(f"bench: {name} not fetched ({error}); skipped", file=sys.stderr)
        if os.path.exists(path):
            inputs.append({"name": name, "args": [path], "size": input_size([path]), "key": file_name, "published": True})
        elif not fetch:
            print(f"bench: {name} not in {os.path.relpath(folder, ROOT)} (--no-fetch); skipped", file=sys.stderr)
    return inputs


def corpus_inputs(corpus):
    inputs = []
    for name, entry, measured in [
        ("openai.json", "openai.json", "openai.json"),
        ("asana.yaml", "asana.yaml", "asana.yaml"),
        ("digitalocean/", "digitalocean/DigitalOcean-public.v2.yaml", "digitalocean"),
    ]:
        path = os.path.join(corpus, entry)
        if os.path.exists(path):
            inputs.append({"name": name, "args": [path], "size": input_size([os.path.join(corpus, measured)]), "key": name.rstrip("/")})
    return inputs


def snapshot(folder):
    """Every file under folder with its mtime, to prove a no-op run touched nothing."""
    state = {}
    for directory, _, files in os.walk(folder):
        for name in files:
            path = os.path.join(directory, name)
            state[path] = os.stat(path).st_mtime_ns
    return state


def count_lines(folder, prefix=""):
    """Lines and files of the Swift files under folder whose relative path starts with prefix."""
    lines = files = 0
    for directory, _, names in os.walk(folder):
        for name in names:
            relative = os.path.relpath(os.path.join(directory, name), folder)
            if name.endswith(".swift") and relative.startswith(prefix):
                files += 1
                with open(os.path.join(directory, name), "rb") as handle:
                    lines += handle.read().count(b"\n")
    return lines, files


def spec_counts(path):
    with open(path, encoding="utf-8") as handle:
        document = json.load(handle)
    methods = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
    operations = sum(1 for item in document.get("paths", {}).values() for key in item if key in methods)
    return operations, len(document.get("components", {}).get("schemas", {}))


TRASH = os.path.join(WORK, "trash")


def set_aside(folder):
    """Moves folder into TRASH, which is deleted only after every measurement.

    On this machine (ext4), creating a few thousand files right after a few thousand were
    deleted spent about a second more in the kernel, and waiting 5 or 15 s in between did not
    help. Deleting the previous run's output just before a timed run would charge that
    deletion to the tool. A rename costs nothing."""
    if os.path.exists(folder):
        os.makedirs(TRASH, exist_ok=True)
        os.rename(folder, os.path.join(TRASH, str(len(os.listdir(TRASH)))))


def measure_generation(tool, inputs, runs):
    rows = []
    for entry in inputs:
        output = os.path.join(WORK, "out", entry["key"])

        def clear():
            set_aside(output)

        floor = [tool, "generate", *entry["args"], "--parse-only"]
        generate = [tool, "generate", *entry["args"], "--module", "Bench", "--output", output]
        # Floor and generation alternate, so a slow spell of this shared machine hits both.
        floor_runs, generate_runs = [], []
        for _ in range(runs):
            floor_runs.append(run(floor))
            clear()
            generate_runs.append(run(generate))
        floor_time, floor_rss, _, _ = (statistics.median(values) for values in zip(*floor_runs))
        time_, rss, user, kernel = (statistics.median(values) for values in zip(*generate_runs))
        lines, files = count_lines(output)
        rows.append({
            "input": entry["name"],
            "bytes": entry["size"],
            "floor_s": round(floor_time, 3),
            "floor_rss_mb": round(floor_rss / 1024, 1),
            "generate_s": round(time_, 3),
            "generate_rss_mb": round(rss / 1024, 1),
            "generate_user_s": round(user, 3),
            "generate_kernel_s": round(kernel, 3),
            "ratio_to_floor": round(time_ / floor_time, 2),
            "rss_to_input": round(rss * 1024 / entry["size"], 1),
            "lines": lines,
            "files": files,
            "output": output,
        })
        print(f"  {entry['name']}: {time_:.3f} s, floor {floor_time:.3f} s", file=sys.stderr)
    return rows


def measure_noop(runs):
    """The tool on each up-to-date Specs/ output, and `make generate` with nothing to do."""
    subprocess.run(["make", "--no-print-directory", "-s", "generate"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    generated = os.path.join(ROOT, "Generated")
    before = snapshot(generated)
    make_time, _ = median_run(["make", "--no-print-directory", "-s", "generate"], runs, cwd=ROOT)
    # The tool exactly as `make generate` runs it for each module (Make knows the module names).
    plan = subprocess.run(["make", "--no-print-directory", "-s", "-B", "-n", "generate"], cwd=ROOT, check=True,
                          capture_output=True, text=True).stdout
    tool_times = []
    for line in plan.splitlines():
        if "openapi-swiftgen generate " not in line:
            continue
        argv = shlex.split(line)
        if argv[0].endswith("openapi-swiftgen") and argv[1] == "generate":
            module = argv[argv.index("--module") + 1]
            tool_times.append((module, median_run(argv, runs, cwd=ROOT)[0]))
    untouched = snapshot(generated) == before
    return {
        "make_generate_s": round(make_time, 3),
        "tool_s": {module: round(seconds, 3) for module, seconds in tool_times},
        "tool_max_s": round(max(seconds for _, seconds in tool_times), 3),
        "files_untouched": untouched,
    }


def edited_spec(spec, edit):
    """A copy of spec with one change to its first component schema, as a developer makes it:
    "description" rewords its description, "property" adds an optional string property."""
    with open(spec, encoding="utf-8") as handle:
        document = json.load(handle)
    schema = next(iter(document["components"]["schemas"].values()))
    if edit == "description":
        schema["description"] = schema.get("description", "") + " Reworded."
    else:
        schema.setdefault("properties", {})["addedNote"] = {"type": "string", "description": "Added."}
    path = os.path.join(WORK, f"edited-{edit}.json")
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(document, handle)
    return path


def incremental_build(package):
    """`swift build` after a change: seconds, and how many Swift files it compiled (counted from
    its `Compiling Generated <file>` lines; none at all means the count is broken, so it stops)."""
    with tempfile.TemporaryFile(mode="w+") as log:
        seconds, _, _, _ = run(["swift", "build"], cwd=package, stdout=log)
        log.seek(0)
        compiled = sum(1 for line in log if "Compiling Generated " in line)
    if compiled == 0:
        sys.exit("bench: the rebuild after an edit compiled no file (or swift build's output changed)")
    return round(seconds, 1), compiled


def clean_build(output, key="compile"):
    """Debug `swift build` from clean of a package holding only the generated code in `output`:
    the package folder, seconds, and the peak RSS (KB) of its largest process."""
    package = os.path.join(WORK, key)
    set_aside(package)
    os.makedirs(os.path.join(package, "Sources"))
    shutil.copytree(output, os.path.join(package, "Sources", "Generated"))
    with open(os.path.join(package, "Package.swift"), "w", encoding="utf-8") as handle:
        handle.write('// swift-tools-version:6.0\nimport PackageDescription\n\n'
                     'let package = Package(name: "Generated", targets: [.target(name: "Generated")])\n')
    seconds, peak, _, _ = run(["swift", "build"], cwd=package)
    return package, seconds, peak


def longest_file(folder):
    """The generated Swift file with the most lines: (relative path, lines)."""
    best = ("", 0)
    for parent, _, files in os.walk(folder):
        for name in files:
            if name.endswith(".swift"):
                path = os.path.join(parent, name)
                with open(path, encoding="utf-8") as handle:
                    count = sum(1 for _ in handle)
                if count > best[1]:
                    best = (os.path.relpath(path, folder), count)
    return best


def measure_published_compile(row):
    """The debug build from clean of a published spec's output."""
    _, seconds, peak = clean_build(row["output"], key="compile-published")
    path, lines = longest_file(row["output"])
    return {"input": row["input"], "lines": row["lines"], "files": row["files"], "debug_build_s": round(seconds, 1),
            "debug_build_peak_rss_mb": round(peak / 1024), "longest_file": path, "longest_file_lines": lines}


def measure_compile(tool, output, spec):
    """Debug `swift build` from clean of a package holding only the generated code, then the
    rebuild after regenerating it from a spec with one schema edited (its description), and
    again after a second edit (a property added to it)."""
    package, seconds, peak = clean_build(output)
    incremental = {}
    edited = spec
    for edit in ("description", "property"):  # one after the other: each rebuild sees one edit
        edited = edited_spec(edited, edit)
        run([tool, "generate", edited, "--module", "Bench", "--output", os.path.join(package, "Sources", "Generated")])
        incremental[edit] = dict(zip(("seconds", "compiled_files"), incremental_build(package)))
    lines, files = count_lines(output)
    client_lines, _ = count_lines(output, "Client")
    type_lines, _ = count_lines(output, "Types")
    operations, schemas = spec_counts(spec)
    return {
        "spec": os.path.basename(spec),
        "operations": operations,
        "schemas": schemas,
        "lines": lines,
        "files": files,
        "bytes": input_size([output]),
        "client_lines_per_operation": round(client_lines / operations, 1),
        "type_lines_per_schema": round(type_lines / schemas, 1),
        "debug_build_s": round(seconds, 1),
        "debug_build_peak_rss_mb": round(peak / 1024),
        "incremental": incremental,
    }


def table(headers, rows):
    widths = [max(len(str(h)), *(len(str(r[i])) for r in rows)) for i, h in enumerate(headers)]
    lines = ["| " + " | ".join(str(h).ljust(w) for h, w in zip(headers, widths)) + " |",
             "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    lines += ["| " + " | ".join(str(c).ljust(w) for c, w in zip(row, widths)) + " |" for row in rows]
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("tool")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", default=os.path.join(WORK, "results.json"))
    parser.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus"))
    parser.add_argument("--no-compile", action="store_true")
    parser.add_argument("--no-fetch", action="store_true", help="use only published specs already downloaded")
    options = parser.parse_args()
    tool = os.path.abspath(options.tool)
    os.makedirs(WORK, exist_ok=True)
    # What an interrupted bench left (a finished one deletes its own after measuring).
    shutil.rmtree(TRASH, ignore_errors=True)

    inputs = synthetic_inputs() + corpus_inputs(options.corpus) + published_inputs(not options.no_fetch)
    print(f"bench: {len(inputs)} inputs, median of {options.runs} runs each", file=sys.stderr)
    rows = measure_generation(tool, inputs, options.runs)
    noop = measure_noop(options.runs)
    three = next(row for row in rows if row["input"] == "synthetic 3 MB")
    ten = next(row for row in rows if row["input"] == "synthetic 10 MB")
    scaling = round(ten["generate_s"] / three["generate_s"], 2)
    cpu_scaling = round(ten["generate_user_s"] / three["generate_user_s"], 2)
    compile_cost = None
    if not options.no_compile:
        print("  compiling the 3 MB output (debug swift build)…", file=sys.stderr)
        compile_cost = measure_compile(tool, three["output"], os.path.join(WORK, "synthetic-3.json"))
    published_compile = []
    if not options.no_compile:
        for row in rows:
            if any(entry.get("published") and entry["name"] == row["input"] for entry in inputs):
                print(f"  compiling the output of {row['input']} (debug swift build)…", file=sys.stderr)
                published_compile.append(measure_published_compile(row))

    print()
    print(table(
        ["input", "size", "parse floor", "generation", "gen / floor", "peak RSS", "RSS / input", "lines"],
        [[r["input"], f"{r['bytes'] / 1e6:.1f} MB", f"{r['floor_s']:.3f} s", f"{r['generate_s']:.3f} s",
          f"{r['ratio_to_floor']:.1f}×", f"{r['generate_rss_mb']:.0f} MB", f"{r['rss_to_input']:.1f}×", r["lines"]]
         for r in rows]))
    print()
    print(f"Scaling: 10 MB / 3 MB generation time = {scaling}× (input {ten['bytes'] / three['bytes']:.2f}×; "
          f"user CPU {cpu_scaling}×; kernel time {three['generate_kernel_s']:.2f} s and {ten['generate_kernel_s']:.2f} s)")
    print(f"No-op `make generate`: {noop['make_generate_s'] * 1000:.0f} ms; the tool on an up-to-date output: "
          f"{noop['tool_max_s'] * 1000:.0f} ms at most; files untouched: {'yes' if noop['files_untouched'] else 'NO'}")
    if compile_cost:
        c = compile_cost
        print(f"Compile cost of the 3 MB output ({c['operations']} operations, {c['schemas']} schemas): "
              f"{c['lines']} lines in {c['files']} files ({c['client_lines_per_operation']} client lines per operation, "
              f"{c['type_lines_per_schema']} type lines per schema), "
              f"debug build {c['debug_build_s']} s, peak compiler RSS {c['debug_build_peak_rss_mb']} MB")
        edits = c["incremental"]
        print(f"Rebuild after editing one schema: description reworded {edits['description']['seconds']} s "
              f"({edits['description']['compiled_files']} files compiled), property added "
              f"{edits['property']['seconds']} s ({edits['property']['compiled_files']} files compiled)")

    if published_compile:
        print()
        print(table(
            ["published spec", "lines", "files", "longest file", "debug build", "peak compiler RSS"],
            [[c["input"], c["lines"], c["files"], f"{c['longest_file']} ({c['longest_file_lines']} lines)",
              f"{c['debug_build_s']} s", f"{c['debug_build_peak_rss_mb']} MB"] for c in published_compile]))

    shutil.rmtree(TRASH, ignore_errors=True)
    for row in rows:
        del row["output"]
    results = {"machine": {"cores": os.cpu_count()}, "runs": options.runs, "generation": rows,
               "scaling_10_over_3": scaling, "user_cpu_scaling_10_over_3": cpu_scaling, "noop": noop, "compile": compile_cost,
               "published_compile": published_compile}
    with open(options.json, "w", encoding="utf-8") as handle:
        json.dump(results, handle, indent=2)
        handle.write("\n")
    print(f"\nResults: {os.path.relpath(options.json, ROOT)}")


if __name__ == "__main__":
    main()
