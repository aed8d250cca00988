# Uncaught ZeroDivisionError from int floor division.
print("program zero_floordiv_int")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
def split_evenly(total, people):
    print("splitting", total, "among", people)
    share = total // people
    print("share", share)
    return share

for people in [4, 3, 0]:
    split_evenly(100, people)
