"""Spark demo for `recoupe annotate --jsonl-in` (issue 7): run by `make spark-demo`.

Spark (local mode) reads the seeds and the ELTeC-fra novels with wholeTextFiles, turns each into a
JSON Lines record {"id", "text"}, pipes the records through `recoupe annotate --jsonl-in` with
RDD.pipe (one recoupe process per partition, as on a cluster), and saves the annotated lines. The
check then compares them, document by document, with the plain batch run's NAME.json files:
everything must be equal but `source.path` (a stream has no path).

usage: spark-demo.py RECOUPE BATCH_OUT SPARK_OUT INPUT_DIR...
"""
import glob
import json
import os
import shlex
import sys

from pyspark import SparkConf, SparkContext


def record(pair):
    path, text = pair
    # The document id the batch gives a file: its name without the extension.
    name = os.path.basename(path)
    return json.dumps({"id": name.rsplit(".", 1)[0], "text": text}, ensure_ascii=False)


def main():
    recoupe, batch_out, spark_out, inputs = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    conf = (SparkConf().setMaster("local[2]").setAppName("recoupe-spark-demo")
            .set("spark.ui.enabled", "false").set("spark.ui.showConsoleProgress", "false").set("spark.driver.memory", "2g"))
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    paths = ",".join(os.path.abspath(d) + "/*.txt" for d in inputs)
    records = sc.wholeTextFiles(paths, minPartitions=8).map(lambda p: record(p))
    # checkCode: a recoupe exit status other than 0 (a failed document) fails the Spark job.
    annotated = records.pipe(shlex.quote(os.path.abspath(recoupe)) + " annotate --jsonl-in --jobs 1 --quiet",
                             checkCode=True)
    annotated.saveAsTextFile(spark_out)
    sc.stop()

    expected = {os.path.basename(p)[:-5] for p in glob.glob(os.path.join(batch_out, "*.json"))}
    seen = set()
    mismatches = []
    for part in sorted(glob.glob(os.path.join(spark_out, "part-*"))):
        with open(part, encoding="utf-8") as f:
            for line in f:
                streamed = json.loads(line)
                doc_id = streamed.get("id")
                if "error" in streamed:
                    mismatches.append(f"{doc_id}: error line {streamed['error']}")
                    continue
                seen.add(doc_id)
                with open(os.path.join(batch_out, doc_id + ".json"), encoding="utf-8") as b:
                    batch = json.load(b)
                if batch["source"].pop("path") is None or streamed["source"].pop("path") is not None:
                    mismatches.append(f"{doc_id}: unexpected source.path")
                if streamed != batch:
                    keys = [k for k in batch if batch.get(k) != streamed.get(k)]
                    mismatches.append(f"{doc_id}: differs in {keys}")
    missing = expected - seen
    print(f"spark-demo: {len(seen)} documents through Spark RDD.pipe, {len(expected)} in the batch run, "
          f"{len(missing)} missing, {len(mismatches)} different")
    for m in mismatches[:20] + [f"{d}: missing from the Spark output" for d in sorted(missing)[:20]]:
        print("  " + m)
    sys.exit(0 if not missing and not mismatches and seen == expected else 1)


if __name__ == "__main__":
    main()
