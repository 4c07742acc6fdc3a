print("baogao-bench")
