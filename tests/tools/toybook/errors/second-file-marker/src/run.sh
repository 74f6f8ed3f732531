#!/bin/sh
#@ 01-hello
#@ 02-timers
