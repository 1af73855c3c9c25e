"""Train the per-comment text model behind :class:`fraud.comment_quality.CommentClassifier`.

    python -m training.train_comments [--out DIR] [--commercial-only]

Data: the ``train`` split of ``data/comments/labelled.csv`` plus, as extra ``spam`` examples,
the spam/scam comments of the real sets that are not held out (YouTube videos other than
Shakira; Instagram accounts outside the held-out quarter, see :func:`instagram_held_out`).
Model: hashed char_wb 1-4-grams -> sublinear TF-IDF -> multinomial logistic regression.
Writes ``models/comments/`` (``comment_model.npz`` with plain arrays, no pickle;
``pool_filing.csv``, the real ham comments' categories the simulator files them by, see
:mod:`training.comment_pools`; and ``manifest.json`` with data hashes, source licences and
held-out metrics). Runs in seconds.
``--commercial-only`` trains on the sources whose licences allow commercial use
(:data:`COMMERCIAL_SOURCES`: the team's own data and the MIT-licensed Instagram set), leaving
out the YouTube set (citation requested, licence not verified).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from fraud import paths
from fraud.artifacts import file_sha256, write_manifest
from fraud.comment_quality import (
    MODEL_CLASSES,
    MODEL_FILE,
    CommentCategory,
    CommentClassifier,
    apply_rules,
    build_vectorizer,
    model_text,
    prepare_text,
)

LABELLED_CSV = paths.DATA_DIR / "comments" / "labelled.csv"
ZH_STREAM_CSV = paths.DATA_DIR / "comments" / "zh_stream.csv"
GENERATED_LURE_WEIGHT = 0.3  # 800 generated lures must not outweigh the hand-labelled rows
YOUTUBE_DIR = paths.DATA_DIR / "raw" / "youtube-spam"
INSTAGRAM_JSON = paths.DATA_DIR / "raw" / "instagram-scam-comments" / "comments_extracted.json"
YOUTUBE_HELD_OUT_VIDEO = "Shakira"
N_FEATURES = 2**18
C_REGULARISATION = 8.0
SPAM_AUGMENT_WEIGHT = 0.5
HAM_AUGMENT_WEIGHT = 0.3
MIN_HAM_AUGMENT_WORDS = 6

SOURCES: dict[str, dict[str, str]] = {
    "youtube-spam": {
        "path": "data/raw/youtube-spam/",
        "licence": "UCI YouTube Spam Collection (Alberto, Lochter & Almeida 2015); citation "
        "requested; current UCI pages state CC BY 4.0 (not verified for this copy)",
    },
    "instagram-scam-comments": {
        "path": "data/raw/instagram-scam-comments/",
        "licence": "MIT (ScamSpot, Stefan Erben 2023); Instagram content subject to "
        "Instagram terms",
    },
    "composed": {
        "path": "data/comments/labelled.csv",
        "licence": "written by the project team (project licence)",
    },
    "zh-stream": {
        "path": "data/comments/zh_stream.csv",
        "licence": "generated and written by the project team (project licence)",
    },
    "samples": {
        "path": "data/samples/",
        "licence": "synthetic example data of the project (project licence)",
    },
}


# Sources whose licences allow a commercial product to be trained on them.
COMMERCIAL_SOURCES = {"instagram-scam-comments", "composed", "zh-stream", "samples"}


def _source_allowed(labelled: pd.DataFrame, sources: set[str]) -> pd.Series:
    """Rows of the labelled set whose origin is one of ``sources`` (``composed-*`` = composed)."""
    origin = labelled["source"].str.replace(r"^composed-.*$", "composed", regex=True)
    return origin.isin(sources)


def instagram_held_out(account: str) -> bool:
    """Whether an Instagram post owner belongs to the held-out quarter (stable hash)."""
    digest = hashlib.sha256(f"acct:{account}".encode()).hexdigest()
    return int(digest[:8], 16) % 4 == 0


def load_labelled(path: Path = LABELLED_CSV) -> pd.DataFrame:
    """The labelled comment set (columns id,text,lang,category,source,...,split)."""
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    unknown = set(frame["category"]) - {c.value for c in CommentCategory}
    if unknown:
        raise ValueError(f"{path}: unknown categories {sorted(unknown)}")
    return frame


def load_zh_stream(path: Path = ZH_STREAM_CSV) -> pd.DataFrame:
    """The Chinese comment-stream set (generated lures, hard negatives, everyday reactions;
    see data/comments/README.md) with columns id,text,lang,category,source,lure_type,split."""
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    unknown = set(frame["category"]) - {c.value for c in CommentCategory}
    if unknown:
        raise ValueError(f"{path}: unknown categories {sorted(unknown)}")
    return frame


def load_youtube() -> pd.DataFrame:
    """All YouTube comments with columns text, video, spam (bool)."""
    frames = []
    for csv_path in sorted(YOUTUBE_DIR.glob("Youtube0*.csv")):
        frame = pd.read_csv(csv_path)
        frames.append(
            pd.DataFrame(
                {
                    "text": frame["CONTENT"].astype(str),
                    "video": csv_path.stem.split("-")[-1],
                    "spam": frame["CLASS"].astype(int) == 1,
                }
            )
        )
    return pd.concat(frames, ignore_index=True)


def load_instagram() -> pd.DataFrame:
    """All ScamSpot Instagram comments with columns text, account, type (real/scam/unknown)."""
    data = json.loads(INSTAGRAM_JSON.read_text(encoding="utf-8"))
    return pd.DataFrame(
        [{"text": v["text"], "account": v["account"], "type": v["type"]} for v in data.values()]
    )


def real_spam_for_training(exclude: set[str], *, youtube: bool = True) -> list[str]:
    """Spam/scam texts of the real sets outside the held-out video/accounts."""
    instagram = load_instagram()
    texts: list[str] = []
    if youtube:
        frame = load_youtube()
        texts = frame.loc[frame.spam & (frame.video != YOUTUBE_HELD_OUT_VIDEO), "text"].tolist()
    keep = (instagram.type == "scam") & ~instagram.account.map(instagram_held_out)
    texts += instagram.loc[keep, "text"].tolist()
    seen: set[str] = set()
    out = []
    for text in texts:
        if text not in exclude and text not in seen:
            seen.add(text)
            out.append(text)
    return out


def real_ham_for_training(exclude: set[str]) -> list[str]:
    """Instagram ``real`` comments outside the held-out accounts that the rules leave open.

    They are weak ``substantive`` examples (the set has no category labels; the rules already
    take out emoji-only, bare mentions, lexicon praise and spam cues). They keep the model from
    calling every finance / crypto remark spam."""
    instagram = load_instagram()
    keep = (instagram.type == "real") & ~instagram.account.map(instagram_held_out)
    out: list[str] = []
    seen: set[str] = set()
    for text in instagram.loc[keep, "text"]:
        if text in exclude or text in seen:
            continue
        seen.add(text)
        # long texts only: short ones are where generic vs substantive is hard, leave those
        # to the hand-labelled set
        if (
            len(text.split()) >= MIN_HAM_AUGMENT_WORDS
            and apply_rules(prepare_text(text)).category is None
        ):
            out.append(text)
    return out


def fit_model(
    texts: list[str], labels: list[str], weights: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Fit the TF-IDF + logistic regression; returns (idf, coef, intercept) as float32."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import normalize

    vectorizer = build_vectorizer(N_FEATURES)
    counts = vectorizer.transform([model_text(prepare_text(t)) for t in texts]).tocsr()
    counts.data = np.log1p(counts.data)
    document_frequency = np.bincount(counts.indices, minlength=N_FEATURES)
    n_docs = counts.shape[0]
    idf = (np.log((1.0 + n_docs) / (1.0 + document_frequency)) + 1.0).astype(np.float32)
    matrix = normalize(counts.multiply(idf).tocsr())
    classes = [c.value for c in MODEL_CLASSES]
    y = np.array([classes.index(label) for label in labels])
    # balance classes by hand so that sample weights still apply
    class_weight = {k: len(y) / (len(classes) * max(1, int((y == k).sum()))) for k in range(5)}
    sample_weight = weights * np.array([class_weight[k] for k in y])
    model = LogisticRegression(C=C_REGULARISATION, max_iter=3000)
    model.fit(matrix, y, sample_weight=sample_weight)
    coef = np.zeros((len(classes), N_FEATURES), dtype=np.float32)
    intercept = np.zeros(len(classes), dtype=np.float32)
    for row, k in enumerate(model.classes_):
        coef[k] = model.coef_[row]
        intercept[k] = model.intercept_[row]
    coef[:, document_frequency == 0] = 0.0
    return idf, coef, intercept


def held_out_metrics(classifier: CommentClassifier, frame: pd.DataFrame) -> dict[str, Any]:
    """5-class accuracy and low_effort F1 on the rows of ``frame`` (the held-out split)."""
    from sklearn.metrics import accuracy_score, f1_score

    predicted = [c.value for c in classifier.classify(frame["text"].tolist())]
    truth = frame["category"].tolist()
    low = {
        c.value
        for c in (CommentCategory.GENERIC, CommentCategory.EMOJI_ONLY, CommentCategory.MENTION_ONLY)
    }
    return {
        "n": len(truth),
        "accuracy_5class": round(float(accuracy_score(truth, predicted)), 4),
        "macro_f1_5class": round(float(f1_score(truth, predicted, average="macro")), 4),
        "low_effort_f1": round(
            float(f1_score([t in low for t in truth], [p in low for p in predicted])), 4
        ),
    }


def training_set(
    *, commercial_only: bool = False
) -> tuple[list[str], list[str], np.ndarray, dict[str, int]]:
    """The texts, labels and sample weights :func:`train` fits on, and the row count per part.

    Also the "seen" texts of ``training.evaluate_comments`` (held-out figures on texts the model
    has not been trained on), so both read the training set from this one place."""
    labelled = load_labelled()
    sources = COMMERCIAL_SOURCES if commercial_only else set(SOURCES)
    train_rows = labelled[(labelled["split"] == "train") & _source_allowed(labelled, sources)]
    extra_spam = real_spam_for_training(
        exclude=set(labelled["text"]), youtube="youtube-spam" in sources
    )
    extra_ham = real_ham_for_training(exclude=set(labelled["text"]))
    stream = load_zh_stream()
    stream_train = stream[(stream["split"] == "train") & ~stream["text"].isin(labelled["text"])]
    texts = train_rows["text"].tolist() + extra_spam + extra_ham + stream_train["text"].tolist()
    labels = (
        train_rows["category"].tolist()
        + [CommentCategory.SPAM.value] * len(extra_spam)
        + [CommentCategory.SUBSTANTIVE.value] * len(extra_ham)
        + stream_train["category"].tolist()
    )
    weights = np.concatenate(
        [
            np.ones(len(train_rows)),
            np.full(len(extra_spam), SPAM_AUGMENT_WEIGHT),
            np.full(len(extra_ham), HAM_AUGMENT_WEIGHT),
            np.where(
                stream_train["source"].str.startswith("generated-lure"), GENERATED_LURE_WEIGHT, 1.0
            ),
        ]
    )
    counts = {
        "labelled_train": len(train_rows),
        "real_spam_augment": len(extra_spam),
        "real_ham_augment_substantive": len(extra_ham),
        "zh_stream_train": len(stream_train),
    }
    return texts, labels, weights, counts


def train(out_dir: Path, *, commercial_only: bool = False) -> dict[str, Any]:
    """Train on the labelled train split (+ real spam) and write the model directory.

    ``commercial_only``: only sources in :data:`COMMERCIAL_SOURCES` (the held-out metrics are
    still measured on the whole labelled test split).
    """
    started = time.perf_counter()
    sources = COMMERCIAL_SOURCES if commercial_only else set(SOURCES)
    texts, labels, weights, counts = training_set(commercial_only=commercial_only)
    labelled = load_labelled()
    test_rows = labelled[labelled["split"] == "test"]
    idf, coef, intercept = fit_model(texts, labels, weights)

    out_dir.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out_dir / MODEL_FILE, idf=idf, coef=coef, intercept=intercept)
    classes = [c.value for c in MODEL_CLASSES]
    probe = CommentClassifier(idf, coef, intercept, {"classes": classes})
    metrics = held_out_metrics(probe, test_rows)
    # Imported here: training.comment_pools reads the real sets through this module.
    from training.comment_pools import POOL_FILING_FILE, write_pool_filing

    pool_filing = write_pool_filing(out_dir, probe, commercial_only=commercial_only)
    manifest = write_manifest(
        out_dir,
        [MODEL_FILE, POOL_FILING_FILE],
        model="comment_quality",
        classes=classes,
        vectorizer={
            "kind": "CharNgramHasher (fraud.comment_quality, numpy, FNV-style hash)",
            "analyzer": "char, text padded with one space each side",
            "ngram_range": [1, 4],
            "n_features": N_FEATURES,
            "tf": "log1p",
            "idf": "smooth",
            "norm": "l2",
        },
        classifier={
            "kind": "LogisticRegression",
            "C": C_REGULARISATION,
            "class_weight": "balanced (manual) x sample weight",
            "spam_augment_weight": SPAM_AUGMENT_WEIGHT,
            "ham_augment_weight": HAM_AUGMENT_WEIGHT,
        },
        training_rows=counts,
        # The real ham comments as this model (and today's rules) filed them, for the
        # simulator's pools (training.comment_pools): texts per category.
        pool_filing=pool_filing,
        held_out={
            "labelled_test": metrics,
            "youtube_video": YOUTUBE_HELD_OUT_VIDEO,
            "instagram_accounts": "sha256('acct:'+account) % 4 == 0",
        },
        data={
            str(p.relative_to(paths.PROJECT_ROOT)): file_sha256(p)
            for p in [
                LABELLED_CSV,
                ZH_STREAM_CSV,
                INSTAGRAM_JSON,
                *(sorted(YOUTUBE_DIR.glob("Youtube0*.csv")) if "youtube-spam" in sources else []),
            ]
        },
        lexicons={
            p.name: file_sha256(p)
            for p in sorted(
                (Path(__file__).resolve().parents[1] / "fraud" / "lexicons").glob("*.t[xs]?")
            )
        },
        sources={name: SOURCES[name] for name in sorted(sources)},
        commercial_use_ok=commercial_only,
        train_seconds=round(time.perf_counter() - started, 2),
    )
    return manifest


def main(argv: list[str] | None = None) -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--out",
        type=Path,
        default=paths.models_dir() / paths.COMMENTS_MODEL_DIR,
        help="model directory to write (default models/comments)",
    )
    parser.add_argument(
        "--commercial-only",
        action="store_true",
        help="train only on sources whose licences allow commercial use (no YouTube set)",
    )
    args = parser.parse_args(argv)
    manifest = train(args.out, commercial_only=args.commercial_only)
    print(f"wrote {args.out} in {manifest['train_seconds']} s; rows {manifest['training_rows']}")
    print("held-out (labelled test split):", manifest["held_out"]["labelled_test"])


if __name__ == "__main__":
    main()
