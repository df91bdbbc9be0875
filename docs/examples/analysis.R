#!/usr/bin/env Rscript
# Analyse an hsim results folder with base R only (Debian: apt-get install r-base-core).
#
#     Rscript docs/examples/analysis.R RESULTS_DIR [OUT_DIR]
#
# The same analysis as analysis.py: the paired difference of every outcome between each option and
# baseline (runs sharing a design point and replicate share their seed, so option - baseline is taken
# run by run), written to OUT_DIR/paired_differences.csv, and the mean daily trajectory of one metric
# per option drawn to OUT_DIR/daily_<metric>.png. OUT_DIR defaults to RESULTS_DIR/analysis.
#
# Column names: outcomes are o_<outcome>, parameters p_<key with '.' as '__'> (see dictionary.csv);
# older folders use o.<outcome> and p.<key>, which are renamed on reading. Empty cells are missing
# (NA), "NaN" is not-a-number (NaN).

sql_names <- function(cols) {
  out <- sub("^o\\.", "o_", cols)
  p <- startsWith(out, "p.")
  out[p] <- paste0("p_", gsub(".", "__", substring(out[p], 3), fixed = TRUE))
  out
}

read_table <- function(path) {
  t <- read.csv(path, check.names = FALSE, stringsAsFactors = FALSE, na.strings = "")
  names(t) <- sql_names(names(t))
  t
}

paired_differences <- function(runs, baseline = "baseline") {
  ok <- runs[runs$status == "ok", ]
  outcomes <- grep("^o_", names(ok), value = TRUE)
  key <- function(t) paste(t$design_point, t$replicate)
  base <- ok[ok$option == baseline, ]
  rows <- list()
  for (option in setdiff(sort(unique(ok$option)), baseline)) {
    other <- ok[ok$option == option, ]
    at <- match(key(other), key(base))
    for (o in outcomes) {
      d <- as.numeric(other[[o]]) - as.numeric(base[[o]][at])
      d <- d[!is.na(d)]
      n <- length(d)
      m <- if (n > 0) mean(d) else NaN
      s <- if (n > 1) sd(d) else NaN
      half <- if (n > 1) qt(0.975, n - 1) * s / sqrt(n) else NaN
      rows[[length(rows) + 1]] <- data.frame(option = option, outcome = substring(o, 3), n = n,
        diff_mean = m, diff_sd = s, diff_ci_low = m - half, diff_ci_high = m + half)
    }
  }
  do.call(rbind, rows)
}

plot_daily <- function(daily, metric, path) {
  mean_by <- aggregate(daily[[metric]], by = list(option = daily$option, day = daily$day), FUN = mean)
  options <- sort(unique(mean_by$option))
  png(path, width = 800, height = 450)
  plot(NA, xlim = range(mean_by$day), ylim = range(mean_by$x, na.rm = TRUE), xlab = "day",
       ylab = paste(metric, "(mean over replicates)"))
  for (i in seq_along(options)) {
    s <- mean_by[mean_by$option == options[i], ]
    s <- s[order(s$day), ]
    lines(s$day, s$x, col = i, lwd = 2)
  }
  legend("bottomleft", legend = options, col = seq_along(options), lwd = 2, bty = "n")
  invisible(dev.off())
}

options(width = 120)
args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 1) {
  cat("usage: Rscript docs/examples/analysis.R RESULTS_DIR [OUT_DIR]\n", file = stderr())
  quit(status = 2)
}
results <- args[1]
out <- if (length(args) > 1) args[2] else file.path(results, "analysis")
dir.create(out, showWarnings = FALSE, recursive = TRUE)
runs <- read_table(file.path(results, "runs.csv"))
daily <- read_table(file.path(results, "daily.csv"))
cat(sprintf("%d runs (%d ok), %d daily rows, options: %s\n", nrow(runs), sum(runs$status == "ok"),
            nrow(daily), paste(sort(unique(runs$option)), collapse = ", ")))
diffs <- paired_differences(runs)
write.csv(diffs, file.path(out, "paired_differences.csv"), row.names = FALSE)
print(head(diffs, 20), row.names = FALSE)
metric <- if ("gang_control_share" %in% names(daily)) "gang_control_share" else names(daily)[7]
png_path <- file.path(out, paste0("daily_", metric, ".png"))
plot_daily(daily, metric, png_path)
cat("wrote", file.path(out, "paired_differences.csv"), "and", png_path, "\n")
