#!/usr/bin/python3
"""Counts the pixels of given colours in a picture, for the command-line picture tests.

    check_mna_pictures.py PICTURE.png WIDTH NAME=R,G,B[:MIN] ...

Fails (exit 1, saying which) when the picture is not WIDTH pixels wide, or when fewer than MIN
(default 30) pixels lie within 3 of a colour in every channel: a symbol of the trend map is
about 27 pixels across, a few hundred pixels, so 30 finds it even half covered by a label.
"""
import sys

import numpy as np
from PIL import Image


def main(args):
    image = np.asarray(Image.open(args[0]).convert("RGB")).astype(int)
    failures = []
    if image.shape[1] != int(args[1]):
        failures.append("width %d, expected %s" % (image.shape[1], args[1]))
    for spec in args[2:]:
        name, colour = spec.split("=")
        colour, _, least = colour.partition(":")
        rgb = np.array([int(v) for v in colour.split(",")])
        count = int((np.abs(image - rgb).max(axis=2) <= 3).sum())
        if count < int(least or 30):
            failures.append("%s (%s): %d pixels, expected at least %s" % (name, colour, count, least or 30))
    for f in failures:
        print("FAIL:", args[0], f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
