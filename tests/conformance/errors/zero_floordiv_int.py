# Uncaught ZeroDivisionError from int floor division.
def split_evenly(total, people):
    print("splitting", total, "among", people)
    share = total // people
    print("share", share)
    return share

for people in [4, 3, 0]:
    split_evenly(100, people)
